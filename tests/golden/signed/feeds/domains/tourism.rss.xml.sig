{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "kJfgocQu2qX1UfmMbeMdTikrtTXcD3QYPgzlxvZxaj4RGBWt2GO1NK2W7/nJLWBDFBI/KXVG1xg8htw5TnvHDw=="}
