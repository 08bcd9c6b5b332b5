{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "rVErak/vaiuBNd1D/Zs/nvmdCi0c3CDVRYbhwxBMa5L4t83gFYrWMeQR9AGN8Xf1+iCQfrceSXsQAXD7wzSZDA=="}
