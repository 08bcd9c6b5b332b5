{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Y/n59zr+8VDejk0CfoxQ+2fZ+SUOMtwvvsaS2XUElMGq8ux73huIRKz3NkTDoq8NAV1IXS1hd6EOcAUPRujiAg=="}
