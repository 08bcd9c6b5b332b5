{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NYFg8ZqZKvbJfk2jiii3Hz/YfZURvvzAj8sYE21aeuZ/x+/kE/UfVwwQqes4FqLp7iSU+ODCvbu6+4o1YKgoAw=="}
