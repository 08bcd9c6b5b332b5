{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QahSPRrChU1cqqhxkUzUqbe+AzpbSH2Ve0sg1KGpmO/6PYL7P75L4YQMKJ9gcJUiTPSVahlCvpox7qrV54kWAQ=="}
