{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NeEVnkjAfTifF0ew9rPyEb0AIE31Xa1AFs5Lc8y8jDo6W7H4o2r+BqTdRtUwbfpTjdq6o6YNS03ra7pQmpQSBA=="}
