{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SzzVm9oa/I3HHmGdYGtO4E+W8mpvIKvgR1LadPOiddpC6TSEssiobMyRNNKd6/wmxXZf/sTkzu0jkwCPAOdMBg=="}
