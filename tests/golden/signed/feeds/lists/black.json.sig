{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cH5aQTcfoUdsuYYfrfHfRw20AHdFb8RQphRyC9IRaD6iREQw0lVq+DyD+kM88QECqDBsxDesJagWUd9YpkDTCw=="}
