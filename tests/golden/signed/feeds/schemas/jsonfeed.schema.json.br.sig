{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "bjz1IOhuPhmp15bsgHsxIYMlsL4KjncSPivJeCj6LsGAEEhGtyQUZBLgoKXF5wSBdcR1H03+UnQs7iwB/4QFAg=="}
