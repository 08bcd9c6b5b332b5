{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "s6nQJtpKzvWcljQ2BX6I/wU5zA0IU9cZxOR9e+Ka9RENxuUGsYqts53y4XnRpfFJyBHHo53myOUuplyAP8oICw=="}
