{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TGIDdAG/ojo6mYukTXpLwSpUq9gyTZlAc8BhUSapqo43CI7Hs1nsZcjNx7Sb3o3nU2eZXO4llrsXo42kspu2AA=="}
