{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dBSNu5YZxvxI7uoIWjWs7rLIBzsP6KUQqomOfqsRC8NmtQ1slDAhclbQ8rXb9yxbfelySnsgAwXAPHO3nTYQAg=="}
