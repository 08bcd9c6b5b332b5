{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5eW+26gZcDq03bcRC5iqQGqTeTETzmyXc6YOR85Mq2d2+n0Y/i89hcpp2V6jxWAoM52ZJmixkR5rscL+Tj1mAA=="}
