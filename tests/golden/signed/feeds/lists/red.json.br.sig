{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5aaC/UkjpeWMduxXTCAiTrqap25d0MPX3ceCPf2MsumIzcgw4XFzXBsxYancAub83vNG0QR/h+5OYg1wbRhcCw=="}
