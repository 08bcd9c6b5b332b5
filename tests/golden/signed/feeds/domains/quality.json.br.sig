{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cHbkbzZfDM3q44opA0nGLfEeRfjOqz8dY0UmQJxFQ+NJ8I3yVEmwEImxgC5fa8snXYaTGLf7/cc3f7Kc5LUxDQ=="}
