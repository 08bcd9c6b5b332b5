{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "MDvn7T+ae+4XuRgRlEYCnb4hjtCdEqYp9oNWdS8mnePMky8ereupDt+k78qfj5yCO9hsWZHHH94Jlwm0CNEHDw=="}
