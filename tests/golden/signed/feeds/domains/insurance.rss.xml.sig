{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+eSVgqupWWmh6Wti8SJER8EELV9gK+s1N26lya0jtrmFJHU4jFYz5ex4NKYyTO5mdjqyRHVrel+30NCTnTs3Dg=="}
