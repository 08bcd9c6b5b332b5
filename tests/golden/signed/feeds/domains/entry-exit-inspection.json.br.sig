{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "x03RhIfM+K51auekXzT8wwIvw4Qo2fxMHIoukOlZ9aCALoyzEWxJ+aTNl533F2lXyJ5v2qt7goIsOfqN7x+mBQ=="}
