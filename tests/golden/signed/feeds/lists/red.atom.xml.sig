{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "4ct+2TlA07ydffFBZSyzsp3qedaJ24hgI3KZAwoQuBXAtbD67R8wEr+3CuQoaBOHtSeK1GJaPnmsdEkzlX4kCQ=="}
