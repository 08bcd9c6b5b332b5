{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "olRkVc0Ka9qH/IQqyfZulWBj+BCAXBTUbNFcPsJvhBEgh1bcEDKko3kAYZeWSl1Emzjkfe4WaY6PQoAknvkxDw=="}
