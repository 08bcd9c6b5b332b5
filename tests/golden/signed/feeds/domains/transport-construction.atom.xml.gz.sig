{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "65rGTkGg5XhN+bk448jZ514xnRBSp4B3qRTsZupReAZyt/phqUT1KIXQUjc3jp5kvnPfnCIyHef8wRMoDPR/Bg=="}
