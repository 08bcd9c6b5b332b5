{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "AkqDma5vsEpJofxmeMpMFY9DI5QPdHlaW5OnuFqabQ67GNVCRo5ap63Vptp1Pl0FwRcD4XTy1hIQWiqVRh9kCg=="}
