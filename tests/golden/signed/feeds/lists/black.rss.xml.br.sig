{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wQDt/nxmGk8jXogy3jV5R6MzWowSzr6aDWm1oN/NWoDQZSaH1YfGpy/HErG074+ORl/8oaufzihGwKYoDeLzDg=="}
