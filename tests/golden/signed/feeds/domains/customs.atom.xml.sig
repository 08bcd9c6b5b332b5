{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Qr8BOG+uxfaRA138cO0NvxjVRDwhz6EtQDLXwBm1UpNApIowkQIPlzlbPrPHrnUAx0l/6BJ6aoxJ/sYrGB28BQ=="}
