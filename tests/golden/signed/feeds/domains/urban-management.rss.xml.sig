{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "e+8P9h4ha8pojm1F7qXFu8+sPe/qseukUACyxP4qOGp9O6NZ7BU0HLJtZUCX0eJn+7EYkDlKA9Ivpn2rgJQwDw=="}
