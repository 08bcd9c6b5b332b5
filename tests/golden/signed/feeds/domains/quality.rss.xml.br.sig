{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "2xI+O0ODZRuUzm51kqu1vo/xKtGPv8OjGAPczcKFRRv97zcA6eLvLf95KdmLeWQjrPOvISWkYCPYm5mdqbfrAw=="}
