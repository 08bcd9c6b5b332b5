{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mnuOGR/xWouHryN7OzIa8K3DxXb/ufsus0urLodNAU901y0Py1DIMiEeq+8Zrjm3RoP/phE5ljDTywKYXujnDg=="}
