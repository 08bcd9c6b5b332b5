{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EQNxOm1+OPJmtWu/m7YkqO4IsjZ5HPGyaHNk97MyKzHjcHwd8wvZjKV+3MsiOnNiPvTkKLtuY8oEjrNuhi9CDg=="}
