{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "U74epP4g8g353OH/7B1pDdyfdtAolFaV96awRvhukzyE+7X+/3rkLq6ZNcYZ1LgM8NgP0O5kadLBv6OsvC+DCQ=="}
