{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Pht/99aO7o5Oa+pn2Lz9KNDxg8oVVNzjoAuYN27tCxKu+hnSFJsWJYt6yktyWK/Uy8zQ/7IAbcl24jrkDwr4DA=="}
