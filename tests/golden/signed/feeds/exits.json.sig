{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "O+hXHIuz/Cb2E+9l4O4D1JlvvHptBFRGux0nZRVtKPGfJd443PxJdFeU7hkKEQZhQTHecoXgXf1mBqtrtlyPAw=="}
