{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "F4waXr/fCt8p/L0+HiwPTw6VwaBA/WqQnZYaeFnEZYjOwqL3zQ4s/H8egxmzpgrTNSp6aHJdzdKj26fCghOQDQ=="}
