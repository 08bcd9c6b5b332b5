{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+zPduTeChjq2faKvtTuNu9gb06b7tXhB7ahT8xXWypHe9jBTmVVQUWyuLTnxu3t4uk8pv50OtlcukhxOw09CDQ=="}
