{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "IPareaW1m19lnjJv4mUfJg/IwU436cAey0geQGLdkJDOHV67vdS5z+S6EXq2k4Kw2zhDTn9QKkR5gP+R+TrmCw=="}
