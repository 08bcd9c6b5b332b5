{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+wm600FsE32Yzi60NaJxfZE1/hOzgC+5yGYM8dxu0lsVKjC8bGf2eSyWxx/pjwIsGSaLTuUmLV5mOLBnBUTkDQ=="}
