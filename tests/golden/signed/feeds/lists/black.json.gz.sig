{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dmG4dLj8+XTR/By87VuYq9Pg/GeDUyxLwhadfO8wO97V4LsYlCvcB0hFkHqd7yrDvifYTQzs/hgmGzxh+pW5DQ=="}
