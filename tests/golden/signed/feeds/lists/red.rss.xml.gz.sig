{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qiJQozfS2pgdDO9AWBcZGyUph0ZqPATaXrE8+pxRXVXt8UssZnNkK45sB+N9uNeQUqZgak/HDJ+iB+Kak5RXAg=="}
