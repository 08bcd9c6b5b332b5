{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "a9p0A/weX0EabvgQkWp7PT7hpKbFRx/eCFUge+QKw5qvMD0havMWi2qPZvgbO9cK2NwOosXTn9n2FFPchm6JDg=="}
