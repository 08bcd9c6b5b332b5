{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/ronikTMxouQYofRTzvPOlcmJNJGd6qB0B9d5Um3HqSHfXaRYWJmK1agR7bn1/Dfop8AWEPII3dfsFvuPw+wBA=="}
