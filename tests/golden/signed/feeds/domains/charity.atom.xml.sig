{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "72osU2PI6y2GuM/N+PnMW+5MpdBhpQlD+/cOvQcpxweLNWDBg2/IFuD7QnV91Nmceh1sjGiuR/vJ+lJX6io1BQ=="}
