{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "sAUf/1toDGi6n8Da5fmQcvAD7I/tcDB6Enz9+T2mRgHi7Lb7deYjNmqxRYkvSkOcl5JRcaPB7gEN4Yebxsp5CQ=="}
