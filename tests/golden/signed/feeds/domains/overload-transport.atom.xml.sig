{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NydwOwQu8PtQrdZL4dh1geGHX7hBPZcFQj+dnG8lQ3I+E6kyOlLPYkZbkAR2Kmp0gALdozt3cFXOT2Xqh25rDw=="}
