{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ly2gdvfOejekEe4wNU12sPChbldE/ylqBgEvTS3FfJ2GGzkvbUYycZb5g8l+l894XC0Lg/h2SwpHYNJZk4+dCw=="}
