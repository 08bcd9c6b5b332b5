{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "OtSmrkcwH51gcHhIdEjrgnXx6Y5qw1U6Qt3+w/KesIpnRap8q7eAb0L3nflwzvF5Rh2pbH0OQd/kjUjR9v8uAA=="}
