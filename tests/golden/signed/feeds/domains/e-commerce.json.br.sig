{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "4l1nnq30diFKi1AWigbrVIVrggZFIhn59MMo09aNNoqJ2HBxzILUp0xBQp5Qz80W3B+6eUSkejcup+9CnKPNDg=="}
