{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "gG+nmbJuOzdXcfZuzqow1kDUC9K0QU5PfzYYS+baQFUstW8v1ZBGL0/klZpktqFYCvaBYVQA07Oj6uIgsfk6CQ=="}
