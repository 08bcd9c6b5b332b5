{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mfuD+InCVX1MeZqtv/KF1peOQ+JBnwVNCC1usAIi1lQWFVG4pnt+dT2fn+W2jOwlByfUGv4j7yJfl5M0dJ7YCQ=="}
