{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xvEhgGgiszhixar+o3LOaEMHiIppbLOsA5YaFdyw8Kb83TqWkh4gEiUpeRRFVzM1qCM0nZou/17szoEteNZgCQ=="}
