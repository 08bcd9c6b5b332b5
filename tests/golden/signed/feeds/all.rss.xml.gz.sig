{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Z/VBiS/p2Pb2yfu4MkuhDZYIvu5cYS8RZC2ptOq2NRgkEbXYhq0pBiaatFEtce5mjyAA6n9V4zToh40MVYBlCA=="}
