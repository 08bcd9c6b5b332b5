{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bTMVVghPGtNDOgomjHBn2WymEH4sekYFroLXUzOsdoeYqhJw0+Lz74lUtjBv4PXENGoWV6gk3fBSoL4+jmLoDA=="}
