{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "okrtSdfaBR4o84wY0H7nPTTUDu1aEkqXtnJ7rj30kactyKaozlrS4jM3AqB2tZoYMG87pvHKiq1hTn1oTyQGDg=="}
