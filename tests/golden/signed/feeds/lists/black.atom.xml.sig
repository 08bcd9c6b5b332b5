{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QFw7dx0a8FYkX+DPujeQq9NVave22fMLpIUlmRIKr33BFKBsXtpYPJqxiwbcpMd2menJMfBmmvKu9tyh/mtlCw=="}
