{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "rY+jZycf5o5Lig8LuPlHLbE/XkqnyZ4j9vwg9tOiP3Y+/kfsWp8Nuzh7WHSe4nQsx/dRW51kTu+jHyTb9OexAg=="}
