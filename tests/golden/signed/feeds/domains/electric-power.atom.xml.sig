{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uoZxrHi0EczohcX2PnuJZGMkFjAhv3EOx3BKqa+DwRiD6jiq43kw5nSxzEDQfC9AyT6m0QOxVUgh37uhK+pfCA=="}
