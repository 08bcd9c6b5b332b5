{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jwEkxXisYl2iJHQ5a7ZiOcaZSe5hKH+iD/gqSIKYNHZ4M3IEitSIy29dkt85HjmgjiZbHdIAf9ikseAJq7IKCw=="}
