{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "b43sdyvyQvm4u/WtpcBZwc+j3Ss24i1kPp7aP78WlfvPHJhyU9K7J5crE3FdEnAHLfFPRvBDlydteSY1UBgfBQ=="}
