{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xLJpdxNs2PdomXPMSM3MDSrwS4KPAboY4biu72g02kTceH85IdYIAIZyGf6bmVpdYkBv9Q1duj4/G0pbv3laBw=="}
