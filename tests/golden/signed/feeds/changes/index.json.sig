{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "WytncApr7JyyZNtdDObfcc/ctN6HjCmeHZBBjjXV8z1PyVCkMc6CVlaW9QPK1FR6PjlB52mc9BcdJHsPvncSBg=="}
