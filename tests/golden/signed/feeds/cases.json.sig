{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UoU7LTH0QQ/Y2SLdnhvha/TqzZDPRSWTYYYjxpwlmnvhin6wGmMNeTPuo4i2bk4rIZs+sdfzTKvLcy6Gw16RCg=="}
