{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "DSirr9AkKAKB5pb1SWksksqslkqZp8slYueXSETLOl39WX3wU+8Fb0jv0+H6nAuIbrPewhuEQAZmvMSWxYt6AA=="}
