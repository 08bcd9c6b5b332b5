{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oVjujg7nCAPhUQS9D5gnnaCGr5j1hrUMYaQ2vXmSqmvsY4MqUgSBca2dujV87XXVyg6hg+LnWGjMCG2AbCC9CA=="}
