{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fnj6Am5Tu7RiIu3csLh7dvNnaMBPT1t5ZblgGReXl4q1pC21rMdH0kTlBJwqUgaSjq4TfnHrQClkNqne+SKKCw=="}
