{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "i5hft1MbvYmNBlnh73wgAVdP6wjRQrb+Au0OJESD5mZ9+7CGjJvm5NhX3MKVxd27flkJ+8WUvXgknEFnpV9eAQ=="}
