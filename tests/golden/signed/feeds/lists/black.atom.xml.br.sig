{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "sCpBywNJasQhDDvbWsDNtjjvWiZPRSkx9tfCFj6aaRW7uytdSbTf2RLpNXBYG5ETFGfcn7+D56NoVq2g6lk0Cg=="}
