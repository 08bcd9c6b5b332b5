{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BmXKnm3uQ8Cqwz/S+EdFoT3Hi0LmR3ZW/LlCz61kbK1Mh/AM6SR5UMo3qf+AlC0keyRa/LDDVkk77Kdpe/h0Cg=="}
