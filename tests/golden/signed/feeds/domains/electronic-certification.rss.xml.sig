{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "U3oAlpc3+saXG1qcUuMHsQuOJOVFu9h+3DwiiDAM8Sn8P/TahvPntZjiD/0KvcsrCog93+LEb2ZbRm+5FbH6BQ=="}
