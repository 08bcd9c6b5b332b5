{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SQFUBD887UceayeDThHdAd7fqa8adml5V9FtZtu1x+ZQtEFIjrybK9FenbkBpiX4i4NkTUFKx3F7m0INGrsmDg=="}
