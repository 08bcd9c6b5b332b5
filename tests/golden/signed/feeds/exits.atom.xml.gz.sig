{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jJCZiQ5IYgAsWiJMsNNNqjwNzRVeca1VasLGQvb9BEgk+dpbwshg9JJtihbHdR0z+0qQvIx3lv5e8G5xtEGLAQ=="}
