{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "GdI6R6m+WxQ4GRH+25u7UmtHsEwEv8lThOGax2wZEG9Ohm+CigkQAbuansjobZFftI+N+HICBpiBG48wnh/lAg=="}
