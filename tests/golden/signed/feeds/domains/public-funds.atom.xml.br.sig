{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9fm74Kn5MdwVPIUY+b+PvgO7tsUPtLoVcC18D2xucTizyCu1+np21MpbzteQLNVvzQisHWcTxCTMw5pipW0nCA=="}
