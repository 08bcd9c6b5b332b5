{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "x/nCw/1S6IhYQ+eLFafECMw/87ovFmsxSPb8euffZJ2a3m9T0VWiGd0Emhq6wyw2yzOGbJybeR9NPBuKWx+lBw=="}
