{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "LMlsGwy0UeIbkjOIPlN6tcLeqFWdMxwsrij0HlTutN2XBfmo6DLdW0jPz6/jkkpAMdnYWHglKl3QjyGv3lm0DA=="}
