{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ciqjr+i9R/mvUrtauutX3Pjue7JhXGh3AfU06v73BiNkLVELYNj8fy7eR4w2z4OkrLfdfle0XRES2U8JVIe/Bw=="}
