{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "eLaRUfiiHvhtGWjxr9qsUPgyeTqOdRM1lxqfEgEhxWNGNA6xgr3ICq9Fq/5bgeNN8w3k7rntXGGqp9n4+NyNAg=="}
