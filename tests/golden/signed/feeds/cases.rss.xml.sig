{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mwt2vzBW1qFXIZ1z/43hWB3DFRjgTeoSEJ1YXsx5B/obFtXbcw1GnQm2lMxTdWaTfpkyg/ASRxjRiwNqwVl9Cg=="}
