{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Sy2Pn6+DZuMzI8cAQSwzE5TOj+eS44j0onw+zgwOUk0LDkg7R99u4N21lQB5jzayLBlHs5xOWSdyfYag4o3QDw=="}
