{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/xQEF/eKUBybpB9Ptq8NmTSQ0DHsEgyIgfdz6ciVAVvezZZ1qvWwxiXemC6et+3lGV8uDuKitfLHyKn1RD4tBg=="}
