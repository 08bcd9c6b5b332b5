{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "imRJRo2xGRfLfL0c8jlKDLpupZWgIajjUdiuViFQQS7W26jmg1NFAU64TIJunfMzw1oe3OhOaFfeYlUGrWh9Dw=="}
