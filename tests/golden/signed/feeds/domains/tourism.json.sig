{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EWtE8oNbCi/lvMhExoTEEo2ygR0waCnTW9AcDV8Ckeeocetu/jSQ5fI9DEm44SsGj3NzoHdRa2eFNfL/O4u1CQ=="}
