{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "x/1Alj0bpJpMrcG6YD6Mr/Z7rQby7tZuoT4XO4Wb5Di2Rb7S+Gn/mBjtxtpfJpVqovF7bpoP1ST1j6yrXac+BQ=="}
