{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3BGnEwikFjLY1aOB6JJog+5dZrlTCXO5qw0QypQOInIXX5XOZwoGoL3h1iHukkQaXClkPrkFq0Xj+goFaLQSBg=="}
