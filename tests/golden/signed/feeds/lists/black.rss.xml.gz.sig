{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "iKTqJC9j2si0hLXbdQnEF6jgYYGeKgPFzkTQju5lAHLrBtWhwl5O71ZbpwtdsvB6P2BzVft+BWKZ3l3VrNrGBQ=="}
