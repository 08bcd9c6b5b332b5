{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "YXUNYSMKu/sh2f4dBadH7POaSDX1j4b894qaqQR8DexRMlmcoNh4zdkksRj/xaiDKS+HIxx29aFNBsf3fShXAQ=="}
