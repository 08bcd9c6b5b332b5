{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "HjZeMQXQAXqzL57gpl26atSy1mzLcThmNyOW6H8wimqbcfuge9OmWbm1eA3Z+cssNB6dJioZP3y1dRNfP8TWBg=="}
