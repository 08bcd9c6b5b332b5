{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Ywm7kSQhNdYO5Dz6Um2ta+RRYoItpT/ohUGwRrM76u6eeeojIGQFHhN1jCHnix2z6kkfoey254feSG+d3alTCA=="}
