{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7Ov4SnL/OMQOmDny/mt1KPARl3WXdoUFvs6udiljnCYvYGgVe4JZLiuzvKAiccp+p6LIPbDSZxAAAqgwBqT4BQ=="}
