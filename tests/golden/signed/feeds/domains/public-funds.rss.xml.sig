{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "J9iGNJmkCWg6e9MvEmgx5bZOIYL2X5rbrxhmQLsyWce9jEajQ1+fvYzKY2QYMjrTziIWLdeQxCr/IAXVThQxBw=="}
