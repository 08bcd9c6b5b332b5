{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lfcO11CwsRbnEfldKJZkls8hEhHmcmqgUKBOsTZwN7te3NxTNfOiQKPLgUiuLL74/kHewm4Z6g4hG6AnuRZnBw=="}
