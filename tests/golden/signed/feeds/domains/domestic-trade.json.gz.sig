{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ppLdRk+WKfBNBYk4a3zfv5UzkVuhRpy8KrZTUMVQrZDEf5HJZIWC+2AqbmQxYo5CrmoN7HCtpyd/or/k010ECQ=="}
