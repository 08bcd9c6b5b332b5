{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uyhw/YcyOVZ13Ihk97UEXwNVkgIeF3B2qfmXJan/mr1AFRuaXlMM64MyjVC0savi+f3K7KDkn9CCEm0YqZ3VCg=="}
