{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/cUJq7vXkLG9lDN/MT/r01ITb7XxAPvzVGdkDOuTZgit2alS7W8C8a8HIp4vEsv56Rawy0w+KNoF1cqe44KnBg=="}
