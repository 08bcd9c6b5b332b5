{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fnbuS4yU9LHHd6dFRElfWNfi9Wu67Ivqvwc41VwTW3+lCQvLiZsrHqHtJS1yEPM4XRxJqbasOsjDElaSGRH7Aw=="}
