{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "X5KRUiVN4iufySDaf7mUGZLeAGN0L1B8q0X4W82bk3S/GsPnbCTBpwfnrUOmIknA5zst+7UonmaF6LdiXxMpAw=="}
