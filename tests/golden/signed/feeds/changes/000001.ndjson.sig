{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jEG+QsIvXb89YQ6pRg8aXVeMvrBvnyVQzRExXYXtkUwUDF64g5ztwELcjU7WIB1x+8cOtOjzgs7sybF7rvuVDA=="}
