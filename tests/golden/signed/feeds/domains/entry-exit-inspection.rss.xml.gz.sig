{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vBQgAd5SmqJfXZeKyYX95Dr1j8At/zQkw8ECalp2uH2lwBLNmUoKlnN1JiSduNq9XkFTm3RAeUIEq+7EwatcAA=="}
