{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9H6jr3l+7Ovx5WlnXr94PJNshjIl8w7pOKlojM1YP9CR1hT4W1Ltfjbf9fWzVXeltwv1csMN9z3pSL+cnZ9wAg=="}
