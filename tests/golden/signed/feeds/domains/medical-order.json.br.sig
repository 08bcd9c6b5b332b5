{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+w+YhErRTXZ2bTHQjxM0l0Y8dPW0Uzb/O/bd6D/UK/Pg9hsV/q+ByNiakfK+BAsgezr6k7njRC6DoRiZppceAg=="}
