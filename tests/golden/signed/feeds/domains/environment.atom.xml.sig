{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dnlNf58kwgjvtuVY/udNCeJRB7GJnH48ukBhkVfuIi4zsmadr5IACJ1NFoRSz64U31c5OqH9olasz/EBXRG5Cw=="}
