{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "yiwcmkOxfJ8jvw+Wln2TsS+kEblQ9voTbSIlax/8SRU4F8MJPneAl9vdT+ZREVGDe9OKPRIS+332zwHsfw3QCg=="}
