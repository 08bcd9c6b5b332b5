{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TYIU/kF5FrKNTMBXzJvlzSkA30zknYy2Xe2mFMd6Nv2htAvp7sBWe0qs2hVF38zR3ZbnIjxfeHuDeDb0iXlPDA=="}
