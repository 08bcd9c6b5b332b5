{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vi6yNEA01wjt8Iwj2JqCmjumsr7m6E7/GhrAip5U7kdQq2MUvFpObKoz4Be8BsoTWttrqJxEINIHxPXOvTnuAg=="}
