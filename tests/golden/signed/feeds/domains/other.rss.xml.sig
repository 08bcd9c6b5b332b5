{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SlV019S4djdyIkZMfF8Zupn/LuE4/JcDuf9nt1+uvLIam+ydzphi4JYKH1NcuTbaEjpcqpxCKyBUuLIkt2OrDw=="}
