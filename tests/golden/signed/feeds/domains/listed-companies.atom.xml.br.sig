{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "viu6gCW/J4fYLHQhVNA2nqCfdCgkTau1nS3vUVvuqTGSW9k5A+WqG0iOqCjAoMPIv/wfLv4d4YRMqyvizt8RCg=="}
