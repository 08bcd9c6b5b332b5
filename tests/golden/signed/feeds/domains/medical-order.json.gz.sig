{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "t3SNzK4tFsfzwcsS5lIQkMzer2f52AV+ZT7ZWtSejwXsnGmy5utnYEX8lFqzykKzUv2ZiqW93kvqiYuHY7JKBw=="}
