{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "MU3e3Ku8wBPkO5/4sGd+Osm8TIEo+dyHPFvyLr8j2gkWtlcPfBPykmJ9V/3rMHQaEJ3W1G/uWq7bm/nSR2+sCg=="}
