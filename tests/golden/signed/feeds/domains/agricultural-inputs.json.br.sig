{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "d2AVspLvvWFa4pmWNsUtIs5I4sEnX9jylIfo/trjCaXc+sB3p0KcqGbFV3rAp9hitqYQQXgExy84aNOxDNEwAg=="}
