{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5CRXgdEEZNsFbaPDfTZztH1kyJ6Cfg0OMnHgfJPt2iH/d/UaMtbq6IyOpldivtN0H11Kqnco2RfnkLyNjLt5BQ=="}
