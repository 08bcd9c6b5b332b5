{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wd9u5JZf7A0cY6xrQK1D4dP1mVjIezGQbjM0Dbu/f9Y2M1LNpea+npTNrrFHdv1ESy1jph3FblEJRTAltsxjDA=="}
