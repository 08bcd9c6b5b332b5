{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "l48+UiIdz9rv0khmIg03L3qh2kzdSOfAq86N4AlzbkKXw1Gks4QieJ6fkRGcEHSiQ9/1LMWaUR49ObxKTzIyAw=="}
