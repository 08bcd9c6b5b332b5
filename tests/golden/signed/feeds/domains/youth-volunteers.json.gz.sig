{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "owNr4s1g6U0YA0ISdno1BFY53e7wRNkOnUCc7d2ZlzyxgKuzW9qoZh6TubWx0c7RrmRR0VPBCv/Wah2vggc2CA=="}
