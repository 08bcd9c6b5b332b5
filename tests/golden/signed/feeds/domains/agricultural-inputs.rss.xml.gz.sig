{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lCXOm7ejBAbScO2IA2RkEJvVVj720Vboz8jlu9wLS4qI4cc5kyozMzKYLw5lZaOjGmazXt8YKBynomHiC+axDw=="}
