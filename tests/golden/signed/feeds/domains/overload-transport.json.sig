{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "f3iEdiulQmqVeqIgEvnqskojF7q7m1lwoOsjbmzrPQzviyumjgevZ8P3lufCmJIkYzk3pJIqbL23OpQqhd85Dg=="}
