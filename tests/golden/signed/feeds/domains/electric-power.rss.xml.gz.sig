{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tT6gJx3mDSw1wA6fiwd3w9EpG+UtovkSiGfDMif0t2vEyX3wqeopEuyfSRBe7mfrPNqkfel2Xw6bub3U5DKNCw=="}
