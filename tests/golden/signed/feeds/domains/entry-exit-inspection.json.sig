{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jfpdtnVdqLsozAm44sPTTZVJmX69MQ0nfN6CMoeag+oy8ldw5GUNeauf8BsYDR92J33mKm9CD5ZLjB/3sAxuBQ=="}
