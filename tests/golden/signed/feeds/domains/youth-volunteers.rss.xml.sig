{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FuhHKEtkW01rLgUJKOii9grVp+Z+P4HFK5+79ej564KyJPL37lefT9ioztWNiR3OwsgmKNSivdVth3IrBm8bAQ=="}
