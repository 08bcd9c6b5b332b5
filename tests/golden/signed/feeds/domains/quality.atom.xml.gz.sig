{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "GMxaPU9OgWjMONIdNEqEEJyk7JsuuEuFDrl+xJDKqvfnlEurUyfVWWbAeA/v6rYAwiE/3rthBqQ792NVIGZ9Bg=="}
