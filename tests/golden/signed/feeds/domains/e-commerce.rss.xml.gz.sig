{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "MUTLBYSyF2dkReMLKDJg/SulgDwB7NU2CyqsNfGINy0R0LhB9uUt5qGEH78XgqOaentia/e7cevlU7HBMqnoBg=="}
