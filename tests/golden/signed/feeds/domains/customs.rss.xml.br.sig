{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "OTzbh7XNNxe/zdryfW+c2JTvNB3+JEpY2IkPcIINjemQXkGMX8Fl9Jo7c3bcrnJHkwyJvnCJwtfRGU/Oi0TkCg=="}
