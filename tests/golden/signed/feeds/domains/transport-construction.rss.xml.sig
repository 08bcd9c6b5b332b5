{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "F9xkxmKDTIGBSsmi8hDC5/dhqX/Y4DzkUlHFN8zpBMpaftv3yBs4qQyNlzJzW9kDbftIZof17GRg7y8WGYi4BA=="}
