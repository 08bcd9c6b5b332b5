{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Rk50Zu39m9nJO8mc6nORzTRfS0gz7IwWu+jLE9mqtNY2F1/sN9iB/9cE0q4xCt5L/bs/j7Z6al/dUs7baC87DA=="}
