{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lhDjT+eYeEaefuNbXQ9/D3BJoAnvMqXCbZ+kiD7Az6Sziwfmx4UNI5WiPdCWYlnoB6a3Qm6tqWSsqnhL6HNXDQ=="}
