{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "pJ66CLn9u21aDxkDZCZfIJj/nfts+zMXNgHSr5PmmVr5xeAV9TScMTtI7D5e5mIyxSj9y1fHr3uOGy/MylcNCw=="}
