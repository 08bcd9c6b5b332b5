{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "6mWzJablB1yIaLQzcvS3j40SlkRurDaz9Kp0uFfbU0JNu3UxMdu65ERgikWJ8ddYLJCVNbCsvMMzk0JLmIpUDQ=="}
