{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "2g4NoxjfpbsV9nocKDYtgSY6tHUfOyhFeB5H25BpghLk3pKUDrAAKdb5iCr/o3IvXDczuhCO/1wlutegoU8yCA=="}
