{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "JQW9/pqrB21fb+IgvSZEmsabOPg+cttVEky9gZFrUKf4hQlQT/oW52sgl0w/hQmtHRrjDx462WDuLhnWQeuFDg=="}
