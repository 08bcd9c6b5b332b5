{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NhBVbRJCNz8o1E92SquuujOBdwFhTVwKAeYow5WS+AA4ZWE32nbeJ/b/bRcmc279UddqF8TFp+4Y+IiB0MdiBg=="}
