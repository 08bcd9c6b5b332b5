{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vKI9i4bxzoPEHth8CFfNL8D7wVVj6mt9mb324+eu60UiQ+pC2xxcvKBQxY0gMtGcoNCg8MLB1lRhr2wUyZa1BA=="}
