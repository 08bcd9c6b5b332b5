{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vRFaZW7FytJ5eUPH+oOdpHJ/KO34MvVp4xFkCs4Nhe8AXLuemPkC24txDQRw5CYho7aIDxnXhM+e5HkevpnVAA=="}
