{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tyWnxPv6bGJNo7bntsdSsytQnRmqdkpjZ2cF1C0D78OvSvQ7c7LEeZrpg+j7BeRkXqJ/tDuXJhsRsUxUeypyBQ=="}
