{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "kvIrDTS41cj4wOq/jl8MlXmcbOHsYqFak9pS4t8zPOFBuaJPoMQuo/J4gFU1gtqaekuFbOAEgeNcAc9MP3DyDQ=="}
