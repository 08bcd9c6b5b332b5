{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "6lIZJll9XpJAXqz4FrsIT3ZbcnJb7t6/B3uP5fzGWzAd8Iel6/e52NuURHx/52ABoel4pibmrfm+juTj3l9ECQ=="}
