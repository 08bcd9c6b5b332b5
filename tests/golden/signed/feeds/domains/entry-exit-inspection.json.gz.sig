{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uqmQGKxDF4pElteLHQ4Y9YCY56sx3gYYdMZVXcv5/v4gcdYaipM+f0Gx/4xDiN3HtQiOgnTpQ13T+aUFbRQcBQ=="}
