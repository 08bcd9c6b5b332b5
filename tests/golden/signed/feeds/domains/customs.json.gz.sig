{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "OJOLcntMLYAlPOej7hwcW4p9vt+1qhowgpg3R3qdvgC9MOaji3hEa8UXW/Zr43WTLA4LKdtC1a7HbqB4P/fbAQ=="}
