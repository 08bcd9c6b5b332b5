{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "X3sGOaPrCaUHfrQZrN4kfd0skL6Lprrdadnz1mql+OGuMeUCl/eQFH3OPWY7w8B5hah1a2bBAsmq0ieCm/8iAQ=="}
