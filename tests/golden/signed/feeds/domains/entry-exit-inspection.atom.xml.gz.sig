{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "VqlP5KYuTk3fOT3491vuawYYBGkyTRke80uMZIQsJqGHAsNmSZk5pzmdfsievUmdAf2RHo8m4WEnKZiN9IwlDg=="}
