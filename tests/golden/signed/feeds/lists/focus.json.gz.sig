{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "rio55ohAu/2xmFf7SfRzKpQmHlET+WTPgae8nVinV7zj2EJ5pelwaQ2MY5hwUJy5qfWXR/tbwzHx6WJDYrijCg=="}
