{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hBExdB0Bk0ykQQ4nlHidPzE9x7fmFsttUEm9LADvRiKh8d7frHA+5HcyzEibMTnKA3AytDgkRSaqXWqfQ1VHBw=="}
