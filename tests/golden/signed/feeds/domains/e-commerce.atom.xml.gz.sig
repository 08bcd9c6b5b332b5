{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ludu+IT+SwTZm5xZNsxG5rBnNfUkgjemIyfphCQI0clZmPwTB5J5RDi7Y3Al2Zw3kxyiMYgae+c2XmBCn8GRCQ=="}
