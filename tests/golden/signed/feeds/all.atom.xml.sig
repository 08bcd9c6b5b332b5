{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xckr37es1VNl8gFhM4wB2n8oNyjwMRMM3AKdTcvGjAhUYThEf1FVRcbQYVuwNVKoCSNpOJkqVWdolBwTu0KxBg=="}
