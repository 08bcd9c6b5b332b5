{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+5xCQSm7+DA/Z98tNwFBsSYzjhbEdHrYsfEr8wsRVpmlKzJZ4q6FDhC1p8sYpT4wcivKdQZOg7Xm6wGW7G8pDA=="}
