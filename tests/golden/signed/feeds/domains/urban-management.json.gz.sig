{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9QKhPLua7kWWfIVVEtbX1+TyVrn7p6uSoAh44l1j3bC7KSi8oLAvTHZnpOo3Glc1CbAsOtuPlc5t9o1AvGisAA=="}
