{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lEhHpAtPaq6HGvDhm7pGSv4nmu10vIkJ71tjN/nCId1aYLfqGrgmVy2YQcc+fdnvIpDnwQV7G0LCQf248Ms6DQ=="}
