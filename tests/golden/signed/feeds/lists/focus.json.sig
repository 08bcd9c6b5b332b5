{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "202AmCudwL/5bVQfVE/m7/0a7f7cfUoqjMeD/hKuNGdK5ELgWkJN2lz1wT6I23YHo3mM1K+NF5izIkhd+SLPDw=="}
