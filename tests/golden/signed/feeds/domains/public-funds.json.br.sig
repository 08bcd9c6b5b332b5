{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jBpldkV+unyfDDm0RLvac+orW61OQ2yM/1nEIe0qNfJJXPCjNpRnYUU9IWjp5TFz6tEOo1Hr0EMgYhzeV65UCg=="}
