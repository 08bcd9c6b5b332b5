{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EkpVAfNu8hsggCRamAxw4dPsO68tbuU50RHYhacskY1Xh3QI0jyfWQKq4zgRjyR4QjWFAwrk9yYjH7SrnJzYAg=="}
