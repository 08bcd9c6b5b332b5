{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Cgoab9OqcFogLS8Rrqf89EIIQ7ezhqWLagzdz2RDiOBK+EnB05nLgFHCNxPrRsW/3OS+JYa4dtrvm8WzP0HpAQ=="}
