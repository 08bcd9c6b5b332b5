{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aEu+5a5qzOaB8ZFqt3rKENEb/i5j/fgH7CjVH5TK2PrVCADjmEEpreq285ky9MVOd8IbFPlnk+XfKAswXTZ1Bw=="}
