{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "H++Zw8OWujila820+pBgPbiSRppx8Pm0tUNrslmoBxJqEs5xYtN14RpYCgnCKXSD3ZXaW651rZ+fHzGc7d0HBQ=="}
