{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aZ4705tpiRUMtE6+G3bxepkpKbgZg0oBmKrUAV9uy7gjYrupx/zhq9Yy6l4yqRF7pjFBBFLyhOcDX5GlLd0UAg=="}
