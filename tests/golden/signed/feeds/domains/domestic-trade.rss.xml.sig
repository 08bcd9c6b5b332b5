{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "b+AWfJN/ls3Yu87cFKBcfZ7dU960dBuovsHa/zCaI1IKby1YitJ2M6cJB79J5sSSJrIdizTxiOfNdbpKlKktCQ=="}
