{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "O8qejYQjp+wieYKkns4IeKeirgwdvo5CkUTfEy/sSzu0SO8gSNr7iQI2NSO5v6/N7mcgXknLFy5hGCBSY5IkDg=="}
