{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "KVKvRPpNBGYQeoraeQrqAH54/cwTWHof5wxsPT9tuRS2koMRqw1AlySfX6i4nWs6VskHAn9Q9GoVRwwoCzrSDw=="}
