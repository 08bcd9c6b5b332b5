{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "a2tbFCDoCGjkg9ArQHzCqOhsjEH5jZlwQWjP2o5MnSHfnW0vl1yIKK433goAsarsktEb8zp7VU1gTsqCcZ7FBQ=="}
