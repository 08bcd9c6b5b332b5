{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Srk+jJECvYwPqMgi6JJmsvif57/gPwp8XlQjbLSOfd4VYPzNTCsJMhcZpWZcm3tof/Fz3uSfgh9bv0UjgtFoDw=="}
