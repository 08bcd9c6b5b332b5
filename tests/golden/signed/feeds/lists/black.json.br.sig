{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lYa7NiJsYB0Rsixf1j2ZHgwUaE0036Un+XEoP1d1xdzwdsfP/uVj6X5bSz0ZHkfIV2RmTuJiieyAm8///cmTAg=="}
