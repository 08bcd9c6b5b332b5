{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Bt9lU0vvImbcqB7BjF2l3O2yNtsjeV8UjzLPUHpTFh7OPOLIB0+tSObq5o+O+oVtSu9fq8z3XfGl0u8ShmV3DQ=="}
