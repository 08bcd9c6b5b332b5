{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Z8wexoPDjygcmULbINIsswW0omiNWeJYI9o1/czD91n1JawarzFSG6/qxYM6SqaNgql1ZK00X1kqQX5RNLUdBQ=="}
