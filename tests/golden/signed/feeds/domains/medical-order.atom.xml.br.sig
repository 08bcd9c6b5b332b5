{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vHdFJRqgEQEI9cFWngKu9S16943Nf2hHy7QMlcvDXd0XBGwnpwNHwH3eDA3rkM7/Mua0BF+jTJX3otypmwtzDw=="}
