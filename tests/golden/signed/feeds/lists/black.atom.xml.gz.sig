{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "4aUYW9uCBj+Se1XWuD9h/yiQew5NDqjKuYoju4flf70AM32LeDm6gk1/vB/v5byJdzEBoRtLmQTIw2fnqZDlCA=="}
