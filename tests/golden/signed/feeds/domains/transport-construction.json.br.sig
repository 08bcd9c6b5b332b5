{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "l1tIf5gHlz4pOduq0pDshxJ0Z4Vj1l/P8P21ClP6OcUqeJhfNwjIO9fHzX5YWMsztCQjtFDo9v27IyHk8fq/Cw=="}
