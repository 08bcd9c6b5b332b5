{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "d8zFTgw05Sqbq6fkeNiyNaa4sJP4T8AUkefKxUhoCnqFvqhcasq0JGobUZ0O2PVTxM3hF35OkvurTbDUtrtICg=="}
