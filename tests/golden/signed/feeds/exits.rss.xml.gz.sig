{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "y7HqtByaac7gHZ+kY9+hHAGCqbMvSPYCmdWMMYkThd9CBTQmRxAcgkz4O623IlhIZVHt2clNU3ebN2+mPaGUCg=="}
