{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QA/7X2Pc/xiS4LHaJduCk06OjUpdfEewtKFRggHQGmqXZb6I0ehCv9H5g6m4nXptnM51NY/jLYpZqcVjofcEDg=="}
