{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "huuGw6YaAbt0nzhNeXneQ3y5m8QK2QBHSQf9OF6qiJ6QQbphxjBlr5iFSNTDcczodw/BMKazqHgzzzY/2c0OCw=="}
