{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/R0r++wNnAmUNNw8IP8JFYVA98dPxUmv0qQqxczW4sbKUZhGcqMg73aiAo/+kGllblNmlitY7SM3xkqj3taZBw=="}
