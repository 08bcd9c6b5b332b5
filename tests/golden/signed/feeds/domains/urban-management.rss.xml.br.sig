{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "38qZiVu54ndZbBP3MazQ+Sg82V58rSBacIUrxpyEsjGO//jxNhQ1rnHDdQ7KdvqOwlNm5Y76C/lcs6QKlJJ5AA=="}
