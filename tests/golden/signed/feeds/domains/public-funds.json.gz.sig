{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "76iJuy9UTY2gB1wNlYhQUM19IpPk1P/iHoB/d+0xkvZdsyLRAwy2ymQ7uK3/YNcVjnV0vui7Jr/sbO9adgmlBA=="}
