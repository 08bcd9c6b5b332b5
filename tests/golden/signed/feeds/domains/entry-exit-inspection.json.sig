{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "v4sXfpxkG/flx+JPsG5L7YkuSUtyEyRK7+lmWOBhNgOjwNIrKrTlko120sstltSeDrZOrmsPKeowPIV/0rtjCw=="}
