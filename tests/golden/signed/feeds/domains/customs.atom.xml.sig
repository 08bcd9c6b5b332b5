{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "YbL9P4UCxYPw8pPK//u3uX/JFcSGBOlRZN+IwdeK3CclnpFbcGWPhvQYq/FgSNh4LtNGAvGYeoazreLlspUCDw=="}
