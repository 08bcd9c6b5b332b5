{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "i6x1ONkIjNgNdj1NLDk/kogOex04o75oSwAm12khUYu1b4IqIWbRaVMsf8Iu/lwTbJ7ku5WvkMt7i/Z2OqSvCQ=="}
