{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "s7IK6iNhZkBvpVOnKQx+yOQbL9u1ezQTeliA+XtmAd4gMge/LDgH/aRG7GfueEnEPqJf1d6VAhcIHntGqu3tDA=="}
