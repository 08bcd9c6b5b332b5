{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "c8ItNiH/SlWg0thBqQqfw/JAvgRm2Iqal2ZjKy5M/mzXV3lP0ZnoVxRLvnr+kdD5po6txDM8bkW8tPn1vXbgAQ=="}
