{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QwNIV8DBb8B6EtPgzmyh487ogQqteAdtmNun99JP2NqLS84Y/FJRhqdOYvKokCpigWKL2hlVrCInazi4ZO1dBw=="}
