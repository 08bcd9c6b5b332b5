{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "l/T9WY8ZHeLH0sARSmZIufRnDmAqVlsTKj8HJTc3GpdkWahbLVuuXzboZ43eCp/rMAar5lUJipLrvvIlvuZ2DQ=="}
