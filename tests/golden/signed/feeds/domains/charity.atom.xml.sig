{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "beLf4AkGot0JzEjSGHuvS2brHllP6YSTER+pUUzoJrCEYuJskfqT4m3PqW3n9xsLatbvBoKA4/1Ex4+uUXD3CQ=="}
