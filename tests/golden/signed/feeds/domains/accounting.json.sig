{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Mz5l+IPs6TaKFUsVRrsBsgr0nnByovLrJeW9JohGVFfsix1RjtAsp+DuR5fgn4hYoTZN1c8qO2uz061K1L7nBg=="}
