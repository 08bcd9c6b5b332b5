{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tx80ZTqNrEZln5P4DFv7z1o3h2W6LsChpiudOGosbPaPnZ8HIMbXyQlxoctvRr/2O5JFTF2sSQiT0N8lIuf6Cg=="}
