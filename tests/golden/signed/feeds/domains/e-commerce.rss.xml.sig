{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FzUzf3FKbpuzEF9/6Kw9EsNASqJxhxcteAkX1ie7zYjRAoWUa8kOx0KzQFb+rf+fPPhbSdRGcaGSPqG/qPIjDA=="}
