{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8nyuj3Xk7HlkPlRIX0+zujjPSk9tmU3WrU7llJUNm/A3FNNexAU8/rxix6hzqTEZyqKJ163474gQIHrkdsK+Dw=="}
