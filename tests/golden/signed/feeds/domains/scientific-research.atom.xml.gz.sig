{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "E3R6hwOyjcqYNJ0LnqOjrouyaRrshMfVMnMUsdM0KWFqn+/dn/yoMNuJpNlNdNEBacio5d8Vwzn9XoSNjgDKDw=="}
