{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Sccz0KTbHl5+pdRSvwtzZLKnyC+j0NOgfkEZWqlJvndsYoa/cbdoOZUbWgAwBK2PWJlVcA8SCs0GCiv9tpQ1BA=="}
