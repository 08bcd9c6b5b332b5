{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Y46d4p7mUsmWtSGhyKjArets6FXsJV9RRwZ1gU0inzV2Vgvr5TykRdowaTL5eCn+6ajb4e8QKaUyQ3Pq5kf1BQ=="}
