{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uay50MawuBxVACAUU9CyOc929G3nkbi+SIo82R0qGOIVNzr+1rGu+zP5nC7a2Q89QdyNxrwwrw/AP8QfMtNqCg=="}
