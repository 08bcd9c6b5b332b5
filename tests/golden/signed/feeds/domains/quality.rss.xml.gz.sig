{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "VrM36XLfR2bG6Ycg2nfuXuDxLRi+vIMljk4EVqFxq4p/GBtf1f/TcnSzi8i84+mBvQxNdarmpqs2c073rS/MBQ=="}
