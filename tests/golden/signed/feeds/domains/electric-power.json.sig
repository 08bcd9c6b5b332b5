{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "YSjyK7qvkE//oQzMvaDaLi73HU/d+k2hBCGfMd/4lrQzeNS2hsyk9zy4SKwn/JpQknbucLMWJdp3lnqRrGY6Aw=="}
