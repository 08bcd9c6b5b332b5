{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ve534VMGyhu39nJd/WYg7SNF1S7ozCfaOKGLab7TSJlDPWt4VwsrD9xim8sG/OOk6BOjwfKmdbkbgrwwXjstBg=="}
