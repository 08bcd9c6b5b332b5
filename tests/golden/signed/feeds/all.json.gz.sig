{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/2BL//x8luBwbknPkF89hjYt3IpgmskLOg8j6vNTjT32tk4wG9tfq7ZwkzC70rJSW3OXm/577UovofstqSjqAw=="}
