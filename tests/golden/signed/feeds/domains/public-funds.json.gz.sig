{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7G1tY+4bQGEzSWJh0LVh7ZhmrrHZTnCd9F0gyfixv70L32pxrHm3ScbhVfttwIbjET3reWMUFoUjU+5OhAFUBw=="}
