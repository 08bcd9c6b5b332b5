{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ietT4JRRznrgEywAeFw4rwSnx5kaN4VuJ3vLPNF2gu4HcFntLxtiqpTSDHmPEvPgCW59rUk07/wiDz9BMmz6Dg=="}
