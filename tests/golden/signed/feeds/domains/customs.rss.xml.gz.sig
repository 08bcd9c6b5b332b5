{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lGokEC2XvmH+59qh89MvuDFtXdH6ONk7cJHHqFM11utwPKdtyStJU6s4BjiDez2R/ok4PvmADa+FzONe1eoyBQ=="}
