{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dKekc8D3wdxiCo1iOoPgQk6fF7ySlzxi66N8jUO61CqY35DFrZvNCtyllt/hZftfeMJzR6+e9GIvuFv5oHM3AA=="}
