{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lt8G9qup+k48auXfGz6LO495ucKb0OYRPjzmFC/kOVR0rhopA8fC3SkGjg0oBrjIVTwqBa6LqlMuO+ZfWI5PDQ=="}
