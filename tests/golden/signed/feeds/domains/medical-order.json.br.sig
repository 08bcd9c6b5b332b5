{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+M+e9St+xWndNbO68KEbiU7pqAMBGpBzMxD0CXOcYXlFsMTzZW3mhMGV2FOCik3Qs3YF85qubqWia6sOfbsiCg=="}
