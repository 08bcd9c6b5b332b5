{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lEMYf8EkyQl5niC1aEi87u8Kwe/0PnegR7BCLMK4FBd+mpxrAahfEvJix2c0cscYMK8nMzgsCTTTpTo/HOvbCA=="}
