{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uSuAeFaE9tTywx4inZtk1njsgvYqD3BdEYGXma2jgCmXmCNSXDdszMSGt8KznZJGp9pZCNw40J/B0OjNsLkCAw=="}
