{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "PM+U60KV5nk7x0FjGciig5o7cQSl3vJWenO8hW6PBn9xu48nurkeNUk1fLdXUIiOKrgfjLM1/P7h3uZiIEAIAg=="}
