{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BHrUocSYttoHFDX87f2p+8fAlGMRl89WzKJ4tX8phsTFGGp95d6bzf//UJSjT6ipdK3pOgRo4cimkQn30p+kAQ=="}
