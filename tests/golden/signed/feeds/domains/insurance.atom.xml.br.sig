{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "XGHpYx39vKduXruxOE7BkKyRUH1GZwboBZ1Omue4h38GOholYbH7+CVTszNAC88b/nh5UTgnLkcgfdmbqciqCw=="}
