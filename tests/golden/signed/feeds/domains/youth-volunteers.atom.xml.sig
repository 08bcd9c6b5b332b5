{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "LUZ9u35/c9N0gipbwlgx3kDO4+rvHeVTHbvmu6IFqrKpSwja0Fn6LRj/tNhvJFXGRF1IwnNbvvDaGFjOuEysBg=="}
