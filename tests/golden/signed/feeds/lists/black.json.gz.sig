{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "DfGdgwbLWc1kvDPYcHhh+TkYQz+DWrMBP8yUbMkpxnUTDKTujfDuop1q3Eiwb7DL9FM7iiy0Y0UR22MnaMIvBw=="}
