{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7ig1PZjNiw3JSInaa4ZyQ/x200Kmwt3asnarWHIarcKu9ctuTlV8yp0CTZbR8+lXADNcc9GdB5QzaFxpaWuPDw=="}
