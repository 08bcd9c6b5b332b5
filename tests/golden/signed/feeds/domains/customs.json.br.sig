{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qBfZAQI/fHbtfbQX8uM9kqsHXMu7Z00BbVi073UB1OkB6+39B7Vl8PfXmiDdD/mNqUBLotelDq+OxvZvur8VCg=="}
