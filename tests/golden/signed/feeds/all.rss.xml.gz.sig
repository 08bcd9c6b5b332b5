{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bkzDu1nTQcNLl9ofizN4NvCX4YtOPUxCO7kEMYg+CrzAWegW9nSDpDIlUlwM3mHYmIFSmeIBKUbHmWjStjJzCg=="}
