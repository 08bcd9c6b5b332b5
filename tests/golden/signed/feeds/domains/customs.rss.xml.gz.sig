{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "XFap8xcNjsib3uOxd5nog8xovx6144CzGCY+bYwuVwEkn5uR87AhI9mspHjnhW3RMiJGzFzSnlOmyZkGETvbCw=="}
