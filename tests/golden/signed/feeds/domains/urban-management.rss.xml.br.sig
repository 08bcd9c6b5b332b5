{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+EE2hmxmBKnt8th/BjDQ+2ESq6mAaHX2SpGMgD7j4zlSoaADj2nOPE1P3ouso87hnhNvHTrazFnyhE4WD3ZuBw=="}
