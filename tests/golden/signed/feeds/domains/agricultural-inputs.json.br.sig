{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Njlpi6Urcp24JwFVKuIaxs74VLSk3C9QFwxH6jDiCcetQ9Sngh3aulsUlon4OrBUiFTK/gVSjoh8GPsDT4FEDg=="}
