{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FRqka8HSrzi1t1bxScxRC3XmMgQn+k9ouyN0lqBHCpAbg7hK392zW5eikaYtVurPaoQmRYAswlwgOkZQy/gzAQ=="}
