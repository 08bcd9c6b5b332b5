{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qaJ55EGAu77bq1G7IsM9bDD2buQCfEvxH6ckw3LOslDzImPWq7Evc9vpWUUmEg7hdmrPx8TMfYffGQesm+kODw=="}
