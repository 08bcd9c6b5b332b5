{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "6TLseelkcaV0f5ztSH6nqv+LrDiKYBroZeaIEiUbb06bVQbLbGz5+cnT90qIP0Zj1fTR4oHOTyxUamUl0kh1DQ=="}
