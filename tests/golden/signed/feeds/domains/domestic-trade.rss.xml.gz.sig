{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "PJ+OUFuAjnGj6fxffb/MpqyEBiiEKY+UdYDbRvYp2bqTXcAZwb0024XnkSPtkw+eJ5AfngnpySCD5OZGPGEuDg=="}
