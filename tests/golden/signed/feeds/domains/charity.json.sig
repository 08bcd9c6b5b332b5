{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cEijgUTPATzosR+9oKcpIp7nA3+pLFIJMCEIEiqTnoFirnvA0bWugcN0rkEe5MU4FHbBHagAPlE8Bj5qnqa6AQ=="}
