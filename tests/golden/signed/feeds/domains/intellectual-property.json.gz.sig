{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EUirs0X5LF6dafAUz2xbyAVHydoo2URiG3HkCSVtjWy1uCpz7kltjYblqpp45LDBEn3ct3b+KbJ6Blyx4XwQAA=="}
