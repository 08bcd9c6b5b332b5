{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/yjrslFg5nt2RerLlIy/JNckTx3PCn7LdHeA9HHsqd/A4jj3G6AbjzXIcstFacNkhgAkzgjGUYZfSNUXBWQpCA=="}
