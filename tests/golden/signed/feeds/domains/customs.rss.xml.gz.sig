{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "i/w1bCLYCsMmbTGo0brTRa59A1v7A5CviQTpL6w/31QOkpqcqwMqLvp3LQHCvLM/VXFrQG2rf+Ky7j/7G5rvBw=="}
