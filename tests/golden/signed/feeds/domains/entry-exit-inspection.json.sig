{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "edvD9gfvVf+A9cYlWg27CukCqJMZYcSOoUdDrVgVJTUbBIHTpdsXJqa1/wTQ4VnDLDMUNfGsYX5NghoKulzcCw=="}
