{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "y0geOVbabpG3GVc/iljHHGJZMuCGXQ6xKBjtaEOERMdnfQu8zO7eJ+UkG6Xl+F13Z+3pzuxwnvxzUcksdbNjAA=="}
