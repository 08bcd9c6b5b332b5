{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jwtlPDh5SjjTyug2lZknLO8wbQfZeLSigjkSlPeRPVnWqWjB/eXz+b+z8oGIa8P4NQsVkj+dchmi58LrPlZGCA=="}
