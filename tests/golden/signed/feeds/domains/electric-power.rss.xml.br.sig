{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ezI2t6AWRtncml7qsafW4WOemyY69ktP6yEXto4OaMyWhDyMEdDWJnfDf/uADUx+cj17hJ8O/oCSHXbrhRkcDg=="}
