{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cJri9pkEz1Fro4jJXEVzEgflyUVcaUTrsNwXmAQKt2iwL6DzZGvuiaPFLdCLk2UcejiE1uu3f9iehhAJ3SPeCA=="}
