{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "tghJ8uaXzVZAujM4wyiwr8gw1YpQTryXzp9PIZQxTziJs/YbCkm+tUxXlyN75UR3o1y6amcVh9pKbofpCX9pAw=="}
