{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "PV4rNIK+pdP8xTpOlF4ga1euzfxCh3ULEbu9vG2RRlCglKmH7M8+NIpZWGVTtrdB6TySJrD8h/jFFlqjjXFKAw=="}
