{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "w/eHhcC7UJcmuewPp9LPfSh61WHRrdIS866TiUivBSbIa804foi9mZCnnYYzQ6g7EQ8PGVouX9m+gteETbtpAw=="}
