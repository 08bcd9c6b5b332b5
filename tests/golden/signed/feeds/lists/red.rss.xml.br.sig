{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/aiHuupa+Mv6JLauo9vLHmN3PIx8f0AtHu3dgVs+w/6ItYlCvLQG+rp+KARLIRGrqBf/B4/ymJBcbW81HcSqBw=="}
