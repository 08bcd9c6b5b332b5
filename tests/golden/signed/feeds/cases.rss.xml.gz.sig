{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vtsO++xljSGHMAY5BtpVBSPhKtTuAERBVzyCYJ5A6aaJs35qc1mhj8NtAa8vYcq+Nn0GhkU6Kfn2jtpNQxYADg=="}
