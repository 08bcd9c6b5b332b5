{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jZK42nfRw56KTCp/Rzes6lRjmnZqKGf6I7mfP9UbaCVu+IZ2TG7eMj/b1hEqGiu+L1Xemnl+kvah7QNk+QswCg=="}
