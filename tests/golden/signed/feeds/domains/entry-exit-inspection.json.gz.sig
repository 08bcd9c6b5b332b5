{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "KH+BTEqzlJhRGHn32jy/Td9Htvt3my5dFf2LaGbKZkTz6marsJAa9H2ETd1NUAY9hEhUQRspfVSsXh/qaEcLCw=="}
