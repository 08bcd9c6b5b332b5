{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "2uBTiPGCR03FXufls0YgtMJfCJ8jmMjjzO5S/Wi8zkew/awiA919pDDif2xr7hR5uDmkjKor1PlQ1mFeqFFpDg=="}
