{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8UMI/7F/LJ6oI1qn+ZVZFRV8wuC8Y8KxbgjunwxdzBCHerNul+MTAqbdhozhnYoyRd8hmsMoypMwoGh5DqhzDg=="}
