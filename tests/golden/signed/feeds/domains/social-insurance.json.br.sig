{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qPpxpvxL2InvcKN3oOcpo+g1CKiAmbaVPyaDQ0R1L03p8KOd5hzquWTweUws7lvUvMfAuWI6Qc6f3rIQFx6zBQ=="}
