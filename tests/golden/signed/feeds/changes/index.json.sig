{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "leI8uRQTFXdiiM7BCQC+VPYRXk4Dx8nrQKuYedJ2Gbffk7EfiWE3/9w+KbXom4QZL6Hh9SBjmAA0ssifzKehAw=="}
