{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8Za3woYvYBB9iRxbilYVuOXzDE/FHD1TuKKKNKqcFoglWNroupJLJZgysxN5CKM7vI3zyQokjAc8k/DzSQFZCg=="}
