{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "McbUL+xreskne4JL8CxEpJtljliYGHopJqcusEk64SaR2NPI6a1Kxyelv1WOOmZ8rEqOZCScKCLncVJc5kbqAw=="}
