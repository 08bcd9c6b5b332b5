{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "WmKiaKVU8/uhVmrCkEZJ5PzU9Un4ypx1hXibnNT5yKQsjswr8lfh2PRK8c33slPjlfT4VMaVcIaqCSiClQJ7Cg=="}
