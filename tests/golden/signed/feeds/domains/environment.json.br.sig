{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "l0xqNBODv+6JgZf9rAb19OHnsKcjAQwoh6fcrJNepigZBK7nlFsPUANmk38gZXPPrnX1j9msHbtRM/ynrr2xDA=="}
