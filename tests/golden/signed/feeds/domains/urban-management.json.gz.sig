{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SPW8iWEt35/crFfkS1L18n+wMJFimv20N4aBDMK0KCTmv9KZsdERH/rsTd+DY1K4i/gaLmW8yYz1ofaf/l0EDg=="}
