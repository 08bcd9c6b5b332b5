{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QrqLZwvP3uyJyOrPul76VOzjWoCA0Kd2+p51S1FWjwiQW2sBMK5DNuDkWg+2JaNYZTdkP834bmc+0zaVhDoiCw=="}
