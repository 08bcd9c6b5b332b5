{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NpPw2vGXdbq5UnvnnGp8aTIRLmxqf/k+lVTQvKHJaUkAr9aF37J3i1UrgUqHPBb+svUieKae2qjOdrE8dZhFBw=="}
