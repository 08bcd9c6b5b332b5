{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aJ29jeaXQocqspMEiRWFgCegZ/Hcg6aH8JcWEwAErQbFsDhsg+QZ/eJ6/IzhA0aBcdqfZBa41c6GG8BRBcvAAg=="}
