{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "daNVReDxx3iBg0b4ybqSVyaCDw0WBIAhgh8kPhSHPWVpqauUjJQVH+j9UOYWz7cmiHrV5/NPZwW5Tu9VsfuLDg=="}
