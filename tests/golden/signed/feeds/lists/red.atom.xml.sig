{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vPSTAnC4y/2P4m0DRvI+jMV4hEonsutuU6W8IZvFbdrYvsROCagSs2ksjl5OGtja60T/uJ3REwBTGh62wHE8Dw=="}
