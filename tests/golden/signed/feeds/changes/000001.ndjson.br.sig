{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oxqaQ+A8XF393AklwlcXxztC7dcV2n8/50uLB9Jyc/+Jb6FEVo7X8Uzsaj4OVHiEb7oLnqdpx/pLFwE/oaq3Aw=="}
