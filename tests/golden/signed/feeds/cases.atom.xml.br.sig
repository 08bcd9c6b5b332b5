{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "0ahTqLKTG/4co/2j/8wq3poEFWteAgYAP2VuBdVeCl9kBOVnnxf0Ddi/sWnXKHqxC7djyY4Xe/6IMzfbiwuBAQ=="}
