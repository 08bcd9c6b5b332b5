{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ilyvCfX3UTOj9z0Svjf/wAnyr9uV22byGSBtbknLmaNamnMypSG3Qqoi/PS0SxsRnAJk4COZucEMOSXDnDNtBw=="}
