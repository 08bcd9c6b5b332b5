{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FI9jUgOtgZlMvARbN+TnoCMv5zw+Rm8sgf5QmGJgqMcbqWLtRQng7ZWUZWKSXqwSDV809zei7/fZ34yvHMNZCg=="}
