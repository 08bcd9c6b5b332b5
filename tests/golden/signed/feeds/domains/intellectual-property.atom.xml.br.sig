{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "64+OxrsEhDJ7T9Tqb/KXxlLJfNEFlyEQjoqB0PsYmvfr2/naRFEf9EA+7adotBCS/1RYv/n3bL5q4Gg0OcqqDQ=="}
