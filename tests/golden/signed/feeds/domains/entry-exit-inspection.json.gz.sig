{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tfkHBMes7JoiuKBY5IJ4ijE5JPHOZNAxFNXqghF0ykKrDlI0v0bnlSGyXit5ecIbplNv4igh/+OhV9liRiZaAA=="}
