{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "shwaHQkmXC1NIy/P6zElZRcUGtq6RvlcN2PbY9secFy2xB5qXzD0619l8GMk0mvvS82E4/06hwrraZ8yu3KeBg=="}
