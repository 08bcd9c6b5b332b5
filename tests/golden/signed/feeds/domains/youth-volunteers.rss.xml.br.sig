{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "V7RDsyXQUTnr3uzVXVZiBLgk0ajDBWld8upwDnG0f12mgUJXoh01ih4z1ZQboScdnHoBvewh/rgPUjGa469ABA=="}
