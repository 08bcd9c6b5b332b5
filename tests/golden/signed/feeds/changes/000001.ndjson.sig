{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FhPSVsFbMCTHdheHsB185+7zZDzGRaV8/2yEh81qu1CuNhOEEmz/2KJ+vb5h0eJA47xv7qbmTtgouHCSNz1iBw=="}
