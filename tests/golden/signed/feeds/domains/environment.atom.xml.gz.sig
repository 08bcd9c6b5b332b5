{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Y4B3mLseIRo1iSbVAuHvi6dMrjomd6C5m/4hETz/FbvaP8YK2wiwkni8zLeN13WvQebrv1zvrcjhBK6Td5MTCQ=="}
