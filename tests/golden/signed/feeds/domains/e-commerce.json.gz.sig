{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QgKRS60fujTkXOTSrw7kkidqOFyiG9/zOvJ//gAEzLAgYE/lo0s2YlS+0eHW6W0ssoiuOIL2fiuSSXGCR/m6Ag=="}
