{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "u+Z1dIZqMziivAXZ2KX2Fz7wQtZFEjFRQkjTV7pIQrfrlryDt7ExjCxeInJ6pBMhGm6gzZIAKgdBInPy5TiUBw=="}
