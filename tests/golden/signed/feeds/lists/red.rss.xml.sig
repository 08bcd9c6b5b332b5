{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oabkJqGJ0s+Wr3Bi1SmGj4ml0h3ADeeys8im80R6+vhp8crbJTDJdsI6DM5H1viFDnyNJxJ+fJZlbhAtW6qUCQ=="}
