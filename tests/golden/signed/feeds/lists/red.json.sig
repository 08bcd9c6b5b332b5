{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "c/IBjUnhKk0OVdnsEgk4o3eQp/+krqq2mIIJro6LzPtZNNx6sTEiWa2Vfn+87r+wGq4/l0Y5TvAKN3SMcB2oBw=="}
