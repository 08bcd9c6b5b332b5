{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "eTzsIG1Kkszi+nJoMX+HydYLsjwMRyzuEEFLCqcnbzCJfefxKKShcTa8JCCOLZF9d7xN9CwlUnGTK8efz2BEDw=="}
