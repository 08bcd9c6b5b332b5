{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ZEI8mq6ZHpX3Bx+8c1boxtAOV6l5e11dbt6gnG+yJ7s298Cp+wyi4QVcNTdngGAICzlJiOfY68LrlgcOYEbaAg=="}
