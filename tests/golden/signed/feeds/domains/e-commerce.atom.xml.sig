{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Z8PHSbN/8UXD418sdyKBS7Wsx/t4w0dr588QyXTYpkhMq9fOsMqnqiEamjGCH4zjtRmd+h6nXhxmCUS9plaOBA=="}
