{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TCmG5RPvFhanlBi3gE5EdLsSkn1Idkll74CbuR2fgWwFHJYdtEeciORvJ/2BB8jMYQQItq5GnwNsbqNGh/erCA=="}
