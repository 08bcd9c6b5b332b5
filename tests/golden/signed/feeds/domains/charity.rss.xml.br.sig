{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "k/fT1Y8bQ+omr1PBi4gO16Q4aFlYu485qbLhkVlMMwg9dD9cfLcaY9xPLd9shZ0HeLzfxHCeiQStyJWKoH7tCw=="}
