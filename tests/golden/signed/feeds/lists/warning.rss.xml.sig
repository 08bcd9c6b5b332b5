{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+ad7TuE5xnK7QB+4VsIb8hut9E7ofXx8skA1lzb7JKfRV+jeJbblDMEV6MamnjpKWAfF81OvkowCDasvljBSCg=="}
