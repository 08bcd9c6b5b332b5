{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "DWEGl0kebKwlDyOZYem30sNBrq93tuxnu8vYpb7LSckKkRy1hvvAFr8SF+2qJdxFhiRx2liV9aLB/nehAf+6DA=="}
