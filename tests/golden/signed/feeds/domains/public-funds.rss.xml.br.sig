{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7DXkj6uBTuAysDbifySmnAmj8QjAd67Ekv7WC7Qtwrm7RLCqP/3dEeMfvDsCiotta5O2qS51tHNhErb7YRSHAw=="}
