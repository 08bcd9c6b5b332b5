{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "1G1QrHstjk833fibg9sflmUuZRuR76f9Sn3eJvLVL/ayY/3aAE0pvZzzz6sROU4JCaTZ8J0Vdq4PigLd00jNAA=="}
