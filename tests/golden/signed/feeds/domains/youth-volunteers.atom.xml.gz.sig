{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xjzze5dlSWkoyrNnL4Mvk5kBET4NR+pYigJ1H2vnvXrMU5rKnfIvgZT/sYB2rGkK47XYznmUjEnT1vQDg8zZBg=="}
