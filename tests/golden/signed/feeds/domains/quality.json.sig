{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "yY6xvzAaCRb8MkRVzVpk4Vp3GkoNOP73cTsxvoqHy/dN4eq+xljfaxhs7VUjhzyNDa3eHPf5dikDTk1zgYMiBw=="}
