{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ss7I8pI3YGXZQ09kDgdyxw19a2gj8P0criypxDvktc6+coZ6Gopd5dWfwATF+OAKmdQtl6A29mHz/PII0PzUBg=="}
