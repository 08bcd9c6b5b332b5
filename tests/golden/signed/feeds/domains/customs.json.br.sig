{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BNf/bsiR1rdzV4YXgs3qGT5QlLNwj12rtCE/nU3yxnEZRdCAgQhw6n0LTlLecJC/9YpCH7yG28PXe+6TzOZkDg=="}
