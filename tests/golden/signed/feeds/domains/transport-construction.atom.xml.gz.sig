{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "omr44efbz6XjF5PUIzVUPaXkT4DHXYyFJp8IIFdjrXR2zp8Vx1enys/cyHd0wwJUUsE4gxrqDnUhsRLRvHOMAg=="}
