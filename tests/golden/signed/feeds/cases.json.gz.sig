{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oy/iazU3StrQCk9MFHuGw8fIHj2FKlocMoshOLLAkj0+7yhBZnSmoVNF0dvE9LdDaSxc2zlD1hvwhrNVVgTZBA=="}
