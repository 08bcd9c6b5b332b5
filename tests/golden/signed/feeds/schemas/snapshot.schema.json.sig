{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zKAEq3yRIlhk2dzSFW8deA5Rzwnnqqzsfq3P8OpNPu+sqNnWeXTOczypq+7c3H5TKrTc6YOwiS6H4iwKO13yAw=="}
