{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QUiTmW/xsz5LDypM8X14xw2jRcwMBbezwMvvLcyk9d8a/J7qpwdRjY3nz6NnH39D7sFVuwS9TfFUpllSJhqBAQ=="}
