{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3NZrapxrEyObv5AJK5D6Is+mmXHkn4ln9NcpH/AAeDMoWhQj4Jfw3U6GQjfDbHtZxwHDYtsIBiDBo6yixaJIDw=="}
