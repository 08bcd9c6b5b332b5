{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wPdjbkodh67ZhdR/AdTujd2gYV8qYzCjg8Q6gSDLHFefTXoD8bxgPtM9aWo+Dup5yb+mh++1NUagmKWzC+izCw=="}
