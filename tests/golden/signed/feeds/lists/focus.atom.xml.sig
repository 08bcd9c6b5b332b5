{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "iI84kl+GunwcMuSAVlyULejQs+jKPnpgKiDgShwNAc9n8SuvJoBOF+8kGDUnLlwNIxq8LE63BtO52swScr0PBw=="}
