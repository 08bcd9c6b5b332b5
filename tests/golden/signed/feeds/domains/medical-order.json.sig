{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7OXcMrd3fUiub2EzyB08I5f+1VQSPV370tvWqTl0EjlrIbF+9HWmj/NcMeqli10xmfenRyEsXlVDSLhR4U0JAw=="}
