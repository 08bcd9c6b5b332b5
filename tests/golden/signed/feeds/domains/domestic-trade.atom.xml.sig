{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bG0rAsxCCVD4LnVAFRU6jtfUpEvADfxNBRLYoxa655sMjmkVPXV0eobF5PsiXRU9b2zzRmCsigHVjNtssiSSDw=="}
