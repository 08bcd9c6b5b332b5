{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ddatLp8lkoZkhTx6PpXIltKLsmarGHr3j54ZVOE+o8L2zGsB/jjqCienhpoMmjOoXHKhR8RYJTb3OfWGJnq+CQ=="}
