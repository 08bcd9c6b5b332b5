{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ZtaVX3+gQeKVCb4O0oTcsp3egHXN5xQV5DA1+zI4l4HLjDHsri7dVn0UbxPxg5As+iLOkNUavOBdu0aYnPoQCw=="}
