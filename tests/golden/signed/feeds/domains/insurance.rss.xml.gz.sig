{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EUXTWaJhRW0y8kQ+gMxpW0vny/XiBzNV+sHoSA3exeEr4Br7G/zOSpWXsV8h3XHHwIvrBeFclb4RUsl1cuZjBA=="}
