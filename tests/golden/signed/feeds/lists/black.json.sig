{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tTgtMIXYT9/ToGS9AA2NHsy1RM2X9uGkv24/7LfvSnnubv/sWzaW5whixwYIxqdOnUeEhzZm0+W0SbtwDpmoCw=="}
