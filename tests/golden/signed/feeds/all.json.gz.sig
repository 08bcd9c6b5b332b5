{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "sUcX9mB/gqd3BpzieMy2Gt88A/RB/tNV2A3O1y9Qsy1tXsQNaa8g5uqFc9F20ZNPrJEdGQgcuxRQ8y/anhk5Cw=="}
