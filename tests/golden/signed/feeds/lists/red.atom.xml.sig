{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "2s9+gGCqUPDKei7W2WzgpngmllChAOls7T2cXmPiGadwpm0uHoNIwvIA/XZumyP236DW7wzYy3WHr+zakanMBA=="}
