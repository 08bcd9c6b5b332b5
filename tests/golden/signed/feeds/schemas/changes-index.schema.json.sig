{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aGVGjT6f8h5NOvBiBwmkVfgILDoia2aKx9MnqSuPofUumdPl4CazhesE6t3xIPq6FhT0yyw87OdQYS4N8dF9Dw=="}
