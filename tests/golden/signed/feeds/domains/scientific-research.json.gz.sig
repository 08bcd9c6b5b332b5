{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "PQQrA0jJKvlLXaTktgiQTTyqINx9ixD4avRH0vsYncuNHv3CHElGz2mx7PpMGv/z2bqHnpd3UTQzZ4lyRN7HAA=="}
