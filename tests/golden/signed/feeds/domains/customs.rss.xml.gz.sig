{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zIBc5xtJIl/36DZ0RM3gFWqFLexnnmtjiEaosFcIMw+/91s8W917x7HFK00Q+Rd3hlv0BUv8W+o95rao8mS9Ag=="}
