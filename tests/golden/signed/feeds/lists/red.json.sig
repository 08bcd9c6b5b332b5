{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "76rUUKVX0c8DnWgvLwf1pzLWjNCVMM+hGmvdGhg+odBwiLL6Km0AUytHpWI3P1TkUCizinvfRMvIdpTvoSMRCQ=="}
