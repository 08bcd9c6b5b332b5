{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cOkZKLR1JZvK9XGfWCr5bu5Gh3f6ikddmc4mDXxvkwKw0022yfVVBYK6EnvNWtTFrjOo+qDLz39thTvGKYJnBw=="}
