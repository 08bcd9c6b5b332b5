{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3Fhjb0w0ZeGLgWHtcinrCgxBIY2w7+srQSjA1POXn0jDtfovfc7xNEiwiEf3PXw8NIPnRwUOWc32UrcVRMOSBQ=="}
