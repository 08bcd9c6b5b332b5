{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dGgSHoiC46ncj+8h93ciEdjmVCE7yuOBLx/zq8romB8HhXwiCOln2CJ3YaFKfpoNRqO098JpQKMcR5cqgA6QBA=="}
