{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UV9r4FgQxZHp4i13YmXT8FTMxebYJ07fvgrlrLgfBtlFmNWa9FNCsqwC1h8ci7DjXAzAr1jgqC9d98qbmIINDg=="}
