{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "gA2KrbffYhfbBT9lhkG4t9Yq1gUlGqx9vqr5DPCbBzgiLAU5YI5ZiFhx84WugrM/No3Od8xCoenEQqSwYfGeDw=="}
