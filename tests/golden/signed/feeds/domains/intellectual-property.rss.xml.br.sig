{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "lN8mUtbTMX83NbS2r3ig5PrpXMQkrpVlMIKMtENSFVghCO/WdRfr7/0wBMzuknydkAQz8HdrddWevxlSxf2VBA=="}
