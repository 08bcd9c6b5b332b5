{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xgtKfBM+YeZjFkEyHedmwgGa1gdaTOoGyAff5p4tZ+EShOOHQnhqex6dk0hgvRKBEMiy8RkXEQ80gdNnwH+FBw=="}
