{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "iLH3jii64EDibgh/s51UU+qDqHEfZIdZntGqelVUUiRZtlw20bnyTJHHCW5vJ3MW9pn9t0CZ+LejOBDUFp7/Aw=="}
