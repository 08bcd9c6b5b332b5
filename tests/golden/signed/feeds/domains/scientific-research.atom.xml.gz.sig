{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SwqnCYjEs0Xyu/BwPjadZx2LENT21cBQTkSFx0yoThQXOMNahh+pqQ3GxzGJbGq+CG8W4eA6ybfeS1KgqgtTAA=="}
