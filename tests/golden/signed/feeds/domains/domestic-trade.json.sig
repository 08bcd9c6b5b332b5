{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SantMr3eVu1wNyVoWY91ax1qMpJ1iKOmQHR/TuVHS3eqnY58Sj/Dmy0YZc9aNdxWtNgrtluXZ54b5JEb4ra2Aw=="}
