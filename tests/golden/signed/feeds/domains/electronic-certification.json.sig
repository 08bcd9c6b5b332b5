{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bB/4/aoNLXPRfSf/XdYDDK1w9qxC2mBdQ/Jdmise1x6xzU8HucT9XQu5gytg7UIFIH4eXZEz56a4j7pH34tWCg=="}
