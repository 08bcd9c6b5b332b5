{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "twzgYpwsmJkDXMS+9OZXOt54P6+DQLvpSQplJ9Imn0IYNQSfc+GB/VEAszyu2zOtExb2J0UPwSjHjca+4OT5Bg=="}
