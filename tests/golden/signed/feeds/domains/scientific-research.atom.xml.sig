{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "pLuF8WEVOjbNSUpqX6BSkoODANz1t2lh4a9je0v8axbLfovtvs5VRHHsnlZRzRzhkZf0rFLlK4umUsQeel7LAQ=="}
