{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "AaI+elnC4ig8RqRFBqJlFns/BoGjiyKsi2tpg+C75CrCUIyULMmejbh61kZxHV4WNoyCEGOS5/rCDZ1fdfvgBQ=="}
