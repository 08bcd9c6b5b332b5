{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "rB9xvEvmyGrKwuOebGDMThfH4VMjJkkcLK8R8ik/7onmcWfzZBrtTsp9YU0cd0gOLljPZIlycHa4mcazIdMmBg=="}
