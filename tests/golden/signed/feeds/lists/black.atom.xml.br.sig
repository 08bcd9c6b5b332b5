{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aFOeIsVk7kMuAGwxO8TTuwGnjD20u8UOZMmXA8gz1lnucrB8cJ7kude8ZOyeYCnFtRAnXRvXKb0LKBNs0+0eCw=="}
