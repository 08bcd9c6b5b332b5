{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ivkwYOj7ro5k3Olhu+kbIcMBgjrv43YGlAHVRuAzibPHiKRrbNHCCV+R0shD1VhDtvQWNl8BzU9N9JK+Cj14DA=="}
