{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ZYznJZEvIbh1ofZkpnFPVYvGUWwJWBe+aaHll5a+f2jeEvL2l7y2MT0Gmt85Kpnfvc5TyObJ34xKSJ6UUoFWBQ=="}
