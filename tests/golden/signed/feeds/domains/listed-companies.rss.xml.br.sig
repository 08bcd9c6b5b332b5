{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hJnsnhjW3cAXNcYtE2REniekIj48jHcW186bsQwW7/QcRkJYYtz+NE5AduQbRMuj1dj8SlMZjygiBTdxuIU8Bw=="}
