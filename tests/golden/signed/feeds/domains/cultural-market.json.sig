{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "D1IibZEkFCQi0+5N64pPzNVtsqd8TAvZ86mcHSTRHmsV9homuwdusoilqyIiPV/rqWXS9TZ3+EMz3RNSn97xDA=="}
