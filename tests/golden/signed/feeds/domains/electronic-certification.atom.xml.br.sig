{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wxYjDhgRm0FSdKprj3Ctmq7c5uqfNnt9rDNRrLkmQg+tLyt5+ynvkYr9xEpfBjp7qNLujhY/Ql2yXAJxXEvxDA=="}
