{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ci0jzO2+L2COTVCjxwYwOtniLVGkE1Ho6m1HUM+pV53lsAnQxxvB5PRhGQUcM5/4ezyDpfLPpOzHi7S6pxE+Aw=="}
