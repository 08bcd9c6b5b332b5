{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NNQVXzxbgv51Pd+lYWLX/cWEMH+rmts1S2sBKEKeMQdTRA8ht+oCX3fvl+YwNgy9XtskQu3Q9YmBRTbytf1UBg=="}
