{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "afdnWFULwTyi6zuFNmda8haumb+TBC8noru+FoRkrKEDr6czH/TOkMx/1EhY4Tshidr7alF2c1tL1VmidadYCA=="}
