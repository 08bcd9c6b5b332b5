{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "o+rGmsTNOi0KwcVsLCutsrYYbsWXw8/nkhydzs8193hclyEDn2uwbsbKQ8c7ZqUyqhR9+tqZ70Xq3zt79NfoCg=="}
