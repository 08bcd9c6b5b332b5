{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "maWJFUWggnKerjDziRGAZOOFgj6jMemDj0AnxLBySepJV7N/ClvZvpSKHJLzxfe9R2IBtNAlZzRF0/4YMkoIAg=="}
