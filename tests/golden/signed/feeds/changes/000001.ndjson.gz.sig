{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "DcvjCvcEwggZbpeu2nIgndaqL7cZ66xkCwCYeC2j/xpYS1Fy8/2ukCEpZ8B28oEzlR80vIS7mJjLTmW5O9F5AA=="}
