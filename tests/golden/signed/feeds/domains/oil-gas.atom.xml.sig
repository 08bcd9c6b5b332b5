{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "1ySXkmckDWPjFt9k6T8WFQZbuzp2h1LiOF9PXmuilmYeGd6OzocF9pzIR3Y5tL5O5OXXnIqiOrzU/99uh7lRAw=="}
