{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "HgC4eBoCMvv0Yy/tseEUfyn+287ugcArxrJ7j45ia399mP4gs7Obs9s8h0EKyza7YJRBgHjTeH2PPDah2EUdCA=="}
