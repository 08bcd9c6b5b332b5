{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "S1VyBd8Etsqco+5EBCLOjubuRW5dNC1aqLv0mXZVxN+Jvc4HD1gUaIrt/suvFyz+6PYMma3AyKIgQ6YrMRHABw=="}
