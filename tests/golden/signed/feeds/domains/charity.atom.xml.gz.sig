{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dpiPc98ybEIRk5ske0+QCiwcVvPTMAbJXtrBsvtoBF55D8mSumUy8hTNHEK+vNvyk6MMr3YgeF5xsAG7WbpLAg=="}
