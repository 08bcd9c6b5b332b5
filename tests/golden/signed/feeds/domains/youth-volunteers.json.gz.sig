{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bZXXrT/sOQdR2CbaAVfI+dz7iK/sDUV2DWMWZj2vzzZum6IZihjzMFFxxkeAei7e3T+YZXxSfCeK0QbQvMAmAA=="}
