{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bS1LiQvZH+mD53n6bP5JMWhQi1u0r/2Zg+7r2ayoHV8//xs3lT/Wb6XDyaKj9beM03a48NQrYsfUxNInpi0BDQ=="}
