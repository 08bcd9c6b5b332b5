{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "klusbfnkjGt/TVdUEGvgfYdsKpRmtNXxy1zoSZK7pG3MMlV1uAQ16XRHVOYZrMweL/UOM+SjLJQom+Hth6aGAw=="}
