{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "chy4SNgwLLYlDRsPdsWfUrxqo1JooL9sUL7Sm++F6MmTjhL2dE4TOz0WkxFkJdJiB+OnnooUvEAxdtkcucoSCQ=="}
