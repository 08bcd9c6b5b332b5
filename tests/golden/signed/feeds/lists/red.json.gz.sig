{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "eVleJnNIt2anVawFQ7w5T6ra1yownV6svwNnVu4cvn3VEIpRlwDUeII0xJU9CwzAQl0kAQsr84BVxuhdWhlwDw=="}
