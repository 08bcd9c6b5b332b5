{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UsNFNpI34UoIeSvrnX1/gu3YKn/mgiBOXP2+2jt7oD/YthHjToMCcilD8yE/Pyo9q9SPDuT3uYPau/+yL5I1BA=="}
