{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "E3/O/RV8/1prDHAMyK1tiG5gRaFnp/fi6al9Li+JKzqCelrf3v62HawvEIu3ZLEDG/ZEhDyHIMZmH5QSZu0kAw=="}
