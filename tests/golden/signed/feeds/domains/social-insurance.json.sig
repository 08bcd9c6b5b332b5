{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "XcJyZSf9lVmwcpUAGwmYDh2R1haK43Nfdea8puwnHEnJbHsQh6Fy2VGnYYbwl8ad1EBu0YieIbb01jbNAdPkDw=="}
