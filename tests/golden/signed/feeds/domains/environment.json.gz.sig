{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+0vvfec8VuIdmhEb7jV+cTHHYuu5rTCNh0e5Ua7QSe//zHgkU3EqNesp8XAxq7jM1dRdKBiOlZ71FFsF+/DpAQ=="}
