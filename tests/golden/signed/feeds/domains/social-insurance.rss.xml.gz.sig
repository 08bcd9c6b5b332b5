{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "R1AFmmfaLmN1wkDOSc6ZYms7BU7OCl1MReUMPmplo+Lrp/Rz7IFgvSSfm5Lxllv6pAFOuJt2bw2zfsyBEDccCA=="}
