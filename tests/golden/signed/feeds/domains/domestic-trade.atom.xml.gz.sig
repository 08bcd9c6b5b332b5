{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "88He8Ivz050Ow89nFXok10YwBtJNM8hXQuMObTff8NqUq+9mkpAuWahM3xG3yjhpwnD7b39iuQ3KmclEo6nmAw=="}
