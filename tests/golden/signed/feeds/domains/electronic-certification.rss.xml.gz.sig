{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zaWGkGLhufd93DsPIHqMjRD1WokbYlhOSahyGg+1NNk5aqImazHdZX9uAMmxMxs4CrheGmnYsA/RUxIc0YHNCw=="}
