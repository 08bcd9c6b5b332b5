{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QeiSmqaWt8ztEVtt+lnvdgWBBV1WTeoqM+u1ZkRJefST735z36JUDgjC1Q23MOsamPmLf31pWCbHu+tKp2oRAw=="}
