{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "POHmYteNzKuMTH8WVZ5/2CUob5Mlhc+zx+dzpZUEBb+vN3rPUW27lAqTvtUeycAV/wKbsIsaHZtYav0Fha1bDg=="}
