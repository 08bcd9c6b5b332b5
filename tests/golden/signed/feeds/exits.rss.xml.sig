{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hExy6GPEs9+xbBOghVPXUmXMVrp0pPjS7Z8FodKJUwZavbr22PicY5I94/FpgK38qN7z/m7jlOcythwx891aAw=="}
