{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jiIRerncvjHzhDFC6tV/Am+2Ah7H0APuKjXYNlHqw7iYqqqIviu48ABSTK9DlPTAP5nbuwrcR4ndwNY0OgDtCw=="}
