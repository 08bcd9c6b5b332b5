{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qgOJk8yTSmGVJ74er8sxzf4cWwz1Q7llVxSiXn5doNvp3j+qLHUQ6t1k3rq0+E8QW1JIy1yXF25N/cRZa+Y8Cg=="}
