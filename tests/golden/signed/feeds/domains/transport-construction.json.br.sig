{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ojpTUK7sOkg00Neem+GU5tHbB+7mPPnZXeqOv4BjwDCdK1nhIGwYScKRYRSsIu6ufgMF3zG4uCp38km3FcnvBA=="}
