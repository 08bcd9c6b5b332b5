{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "GywABXmbiWVBJC+zQLINQKzw13xanLHBzZ5T81vMPnIv8p8X0qvg7thOZpjjpxMumd+qg3EBt0Pt9zwhj3aSDg=="}
