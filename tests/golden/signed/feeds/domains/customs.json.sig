{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9lCogSht5SaA3unBfMe2dKKWGzWvW5V/5DD1hcypWI2VlxW4brZE8Lq2kKrKkjtP3xEz1wegVSgfBOxXSCozCA=="}
