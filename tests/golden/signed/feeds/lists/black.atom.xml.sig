{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "R1SdVUdoRmlfrjzTQRAPMA8xHLi0C0vD+bkobNguGR3ndTrVBjYAt0K3h+6JyR0X20usMh7+yXZjZYySgVOsDw=="}
