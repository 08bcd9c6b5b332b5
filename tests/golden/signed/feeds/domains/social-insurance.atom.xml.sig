{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "rOA6Xqed/LT+CANdrchajwq1l7pT0QBEDd+3x3+Naa8uMXp6LTCD0KKfr/EEurpJ83bsVzdWHnPW9XfmIzr2Ag=="}
