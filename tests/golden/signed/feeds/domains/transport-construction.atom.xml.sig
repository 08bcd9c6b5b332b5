{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FAwuXui6a1a28WFG5Lhvvi4h1Lowcfk7DQEQsMQVI6TZSd8n22fGcA0yiYeDilUd+bzbeXSemjryBotVFG7fCQ=="}
