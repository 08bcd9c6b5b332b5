{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "sqjrXAfyVcaqmG9vej3gdQfUUjLJ1z0ebOxv6WM7OaG8hJRzwMdjgIMWwejhILSEwhCkgf5UdBYEFRWXH0ieAA=="}
