{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vHEmn7yVrviIf4UL2o5jOinUWha3rze0iwXKHThcpueZdVJkWGJ0/HE87naBBZv1s5Hi00NPpaEPwMpBuuK5BA=="}
