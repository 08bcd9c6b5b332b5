{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5p/w9Sp9erlL+n87NHEJ7EepmTHS0sTXfw+YQCU447ENaMzfxkaujRasB0JcWq4fZkKRvsveUai6p1vm7uJgAw=="}
