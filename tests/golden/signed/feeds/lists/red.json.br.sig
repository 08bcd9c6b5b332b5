{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "sMTfogzxwT9tDhTu2FBt0nwpq1N8+KN3vUbgXcAik2b3SFyueLrvishmp6InR91fv3NX7PJTztmwOc9RpmhhBw=="}
