{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "PRhNStu/wAnhYBFqaakaKYj/1VauQd4HxfO8Z9P04UbLTzvg4C9s834Nfi4V+Pw3ara5T5zge2Pr+lzP/4U8Cw=="}
