{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9FqS/UJOzpt46Pr3t+14x7VKnSzkt+EKJSHuSjWVV4Q/UK8Y1biOmK4VooVVo/FKMjwEd7wQhahnURkLcjiFBw=="}
