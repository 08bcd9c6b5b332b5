{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "r7/5pUwVpatI86GJbrL0jrqqcgYuFJ5vxr89+KBRSsOPi6rMuuSmFVSpzyNUuOhD4wzNIehqnoG+cbVibgptDQ=="}
