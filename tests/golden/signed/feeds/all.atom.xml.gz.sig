{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fZmf7Ker5SomkMSRnLDtuNjFZJf7Osgq3Oxti5Cddiuuj20DZzyDLauqw7gvFZAI8GQAIJHNxcBZ4euvHWW4Cw=="}
