{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "p1o7FdKWTku5lavEl2mg42/HvWzoFmTRfraPMUGCV7ZR4a1cria+FIK4lfddMXxa1R7sRay/A2T9wtbrVchvAg=="}
