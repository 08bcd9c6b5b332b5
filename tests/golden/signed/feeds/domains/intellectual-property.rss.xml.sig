{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "M4FUoS8hxF8ioF+lVUkvq/lsVK5F4vyMddzYo1nwfAegLUAV27JQhQOpX0C9neehRFiwQScriKc/Y3h4rr5eCw=="}
