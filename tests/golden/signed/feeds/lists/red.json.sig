{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5nezztP33AqL2MaxL+KJg7vytMYHZ+wJuhNbdInT1TZzATlltCLqPashEZcTVnFlC39hehM6nJy+zJExdJkrDg=="}
