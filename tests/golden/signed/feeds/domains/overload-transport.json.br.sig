{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xp2k1X1AsMAQmW7SFEvlDgycCUlVKs5Z/qIm9k0r92PQ9aq9XCmBARkQ4YoislziuqR015xFjybD9RsdIRMxDg=="}
