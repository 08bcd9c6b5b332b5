{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "IooKmAt3BhVvakVB0xlegKM7N/tz63yHAA61bu1ioRyc8MhKr2JPZsz5uYIP0mUGX/i+b99ME9Oa3bhh7D2DAg=="}
