{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Ju/zEbVUIvEC2z0htm8haLbSq6eNpxmQtfFLyv78sSfXhH9VWYaVUcTa/ZeaJBY+JBzQY1pr9YPt3QYqmJgEDA=="}
