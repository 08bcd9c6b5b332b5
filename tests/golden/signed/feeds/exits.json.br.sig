{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ZVRp2mdpVr+bef8nUuzqZsc66POzcLh8Us3yQ7VGh/yGEh2CQPc/m/o/ZAWyXj1nHDCtUXN91AaG8SZWtXZ3Cw=="}
