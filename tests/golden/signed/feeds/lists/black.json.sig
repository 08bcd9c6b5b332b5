{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "frY4WhPtIk1BtoMq4GxoxUokaSot2NSgU2PXTpBOpQV9dia2u00t76VfrouvMflFiaen9G9WDWXRkAMKhHhxAg=="}
