{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zu3pisJg6avla7s+ubKn0FytQvIWcFavv7rw7yDuK4nw0xbvNLzoHsseOaCuKKdk39fuH2ij70NqfjIq/0juCg=="}
