{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "XeV0cQXu3bbeNtbOf/+CBU8edIAHx/XGwk/BeLcgWu+NeZCEHNDum6fd8Yw9OyKzkFEgF1NhQH0sCEJTpmiLBw=="}
