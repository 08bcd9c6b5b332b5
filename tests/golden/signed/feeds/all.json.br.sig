{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oROIwcRAJ189HFqds4Vjvaljyr3WlenLJmClUEBE45E3H6taolilHMg11n2b2A8Rd7YxfL1t0TS7Pa5krobLAw=="}
