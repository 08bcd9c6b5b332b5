{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "MifXQUKJW7V8wkl293KkFdL1bALntHd48U84rI6w/jKfv+oEsYvQqwuLWy5jM2hs1hD5zV4gIhN7/ezdrt92Dg=="}
