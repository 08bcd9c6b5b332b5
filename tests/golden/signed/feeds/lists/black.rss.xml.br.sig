{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "DGzpRoY9OtOQ0dlhZHr6MImp7rCsxVkMrUxa72+A8RcFiM+fvJPJnHXXEadRHF7XF21inyXCPA6shbMYrzawBw=="}
