{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "z5ZnJXrskyjwe3WY3Kskmn50ImYw8vQ7XuPnx1qv6RN55qIbDLCn82c2UnBFAF4KrFvqL55Y+QiwtavnXwxgDA=="}
