{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mxnDJowRQTg/QbH7G5YzRm7s4QFhk9+tMhLZXYShFKnDY0fStI22iGI11KMlSdxtsnn1tma/d7YvjmsXfV8zCg=="}
