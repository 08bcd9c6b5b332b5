{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "05dEYe4ovZ42esHD7vMjZaRdgzw6xWXyeT7G8gUu9kAHXxVAzVY2nfwHRUzdCvuAxdp0lUUVyfgtNTe3gt+gDg=="}
