{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ehuLoCZksuLckYhdrI/stH4KM+c7a+62qURH5pm2bxEbqcgyxncba1E2x7m5nf6B8gA0H/vxlFk5AKApYb5ADQ=="}
