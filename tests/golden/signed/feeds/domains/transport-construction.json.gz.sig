{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hPF9bjoePaD/UXKus11IHu5urvz5h4yjSQ0W6zX4hyqu5pfXZdt5Cn9lbqYRfttNj7tVdunQGfd4ygKTnR6xDw=="}
