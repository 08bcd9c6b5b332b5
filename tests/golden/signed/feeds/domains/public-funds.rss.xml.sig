{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Evbu1vv1HqmnCqOlu6CrUEFXTykaUtv3uW4HrpM7B5gkQzU9W2uVrU6ll/k29EN6AoQzFBmQy+63UJ1DpR7rDg=="}
