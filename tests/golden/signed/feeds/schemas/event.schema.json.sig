{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5riRSMKYP+GclwLrbw3qK9usa89kD02N+UrcDJyoqb4mlEv5QQH1psamh1I6KooOsFh7lCYCkFbzZfSuybsEBw=="}
