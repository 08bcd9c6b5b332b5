{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fyohodDoNhM+xyCHvIUpR6pdZkWdF88zpc2Qece3RB1nwP12DwvfWBRR26P3aCyV1e0FNOpyIJN5vqlTph90Bg=="}
