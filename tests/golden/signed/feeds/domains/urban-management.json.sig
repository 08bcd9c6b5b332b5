{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "VAXcpogjjjf3iJv7ySbbs1+WPpJamLEDX4E73nxT0eBIhrDVKwn6P2SfUjQAo+l2skAo6e64OLz7BgbNlXtcDQ=="}
