{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "P30ak+5vb3SSciwl1BToNw/Urw5a3ifrzzeEb0CCsjbmDoN+0ECgPwsdaX0x7kRtHOhB1AiYhFeSiFjH1VD1CA=="}
