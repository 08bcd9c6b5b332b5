{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "L3sEAbnphAEfGQtfybpVGPYGE9o8WTuvUTPlvbZqAGP4+CrGT30TqQg6gfqfejs5Gv8OFpUPev+m3L3BnEAoBQ=="}
