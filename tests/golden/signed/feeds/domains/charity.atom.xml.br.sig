{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "yUCGzTrUX6jhT2lq8nmtNgEf0bkfvw/u5kH4BEw3qS2oefSUvmTXEUibrFh1OUR9NmVl5V6j2Up8c0RmeOmhDQ=="}
