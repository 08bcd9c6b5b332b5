{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "X3+xp4uVEQ2GWbVh7n3LtmSk7KtLOShncgn0BkyTdaMW8afbupKQ+MIwoaoN3zC3vEtS9zYhITXN4ieyTAcQDA=="}
