{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qamYQrWjRoCb3TndH90UViLg9h+w+VzDe0Z5xG4hAolNCAEWh2Ez0U8iO+bTXLmersySuL/K5rOFoDM0nc/GDQ=="}
