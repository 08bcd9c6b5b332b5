{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UhcnKd3CUbrJWelZ0pN7ZsxrS4aAQ9zCnWeum/YGUM5uKnHEYDnMUElScC9GqhvdTbORlQpb1i+ibzV3dJUXDA=="}
