{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "q1kO+Ean7JUWxAavEr/QsYiKOPGpTFZ9gfhPf2g4u3mLbhXwyCxTwo7M3wtPnUYfe20JWLoBp3eVt0X6+fAbAA=="}
