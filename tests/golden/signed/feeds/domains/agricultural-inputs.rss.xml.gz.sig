{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BjShLYb3hfE6Ur3naD6ZFHdTln8x/NT3F7uvuym7gRjCf0fNe7YxqSNkxaH0mxes5g9LYaX5UGynRye8M/ZbCw=="}
