{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ChNkp6jreswwxXI46LYrDw8P35prwTqnjfSZASzA5WjnSlm+pnrFJXfx3Isch1iX1QLkz8REH28GxNJwtOacBw=="}
