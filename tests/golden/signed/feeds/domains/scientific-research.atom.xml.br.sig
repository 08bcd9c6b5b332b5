{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EXiitk5lQscu2ioG1lGtk9Nkhx3MIwRANyAiryoXVoIqZ3uamL3cQBvHblhwK6sk4/SV0U8gu6wpnkBGQg5jBg=="}
