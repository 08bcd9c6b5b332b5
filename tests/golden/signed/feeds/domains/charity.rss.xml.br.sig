{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "1pd2XoAG+73s3Z5ybzdAqSfrGyA5JObPke1ujOpSFfwgFWMmiEOSgcRsSyhi3Dw0GutDb6J3SjTaWYdY2EDqBw=="}
