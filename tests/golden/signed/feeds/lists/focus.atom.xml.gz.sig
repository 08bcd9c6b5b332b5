{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qU+Nl61tGPrKT/zxTao8vHR8iihqzY1zN8GD11Z4zsunmS7VxsR4XlucnUd6YnVrIGdVNB8SI/ncmQ8tnxfACA=="}
