{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "f6vcbnWLKgLEpYo1N8sdCbm/v7xbZIwQtc8JgVSYlUMmLACiGd/Hf61jXb1axdS0XRDQDYFogJlg/SXC6+2NCA=="}
