{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "HHZRwLH1JqgPBtpGf/kZLtiOR9LXeMIFckAbwhcTuL6bS1rhZ4/m2vRgQAI78rgl0ytHUywmyEzPa+cxN9EyAg=="}
