{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "eQkAFoo0tX4nNkf2WMvZDt7ic0ys3t/cTna0ZHdu+bymFneveF+l5UnZsuAqo3fStUgkMCCPzw/4Yvm/+m3/Bg=="}
