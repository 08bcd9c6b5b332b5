{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ALGfg6CsjCHesT1vH+uELUzq3Y0qGKqTk+/bzFHAd8qxUbs1y1zqg2/Cb9MVvsJ5Q6Jd5XcEDujwOlC9vM8fBA=="}
