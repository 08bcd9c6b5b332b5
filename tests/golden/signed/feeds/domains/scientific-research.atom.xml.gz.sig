{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tXQ6HmxqD/K57AcJLovbr841F9vxkNgcZqBzfvLMoniy4uht1/ubkPScSEM6OIBjLwJKXW7js9z5gBDJBe4rDg=="}
