{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "t4CsC6CY3sSjNbWbXUnN+oJ+9KUApzhwtGyai5Iy82vRRgBhqDOko/T5GglZBTbJN62g20ft4djKv2sfw6TLBw=="}
