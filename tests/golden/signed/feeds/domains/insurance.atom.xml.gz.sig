{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7FKkqD8t49vLVRgBwnpoDSICclufrG0huVJv16p4btyP4EygXCZ3tmJCVb/6pnMN0jvsEoC07l0w2MEaO1PrDw=="}
