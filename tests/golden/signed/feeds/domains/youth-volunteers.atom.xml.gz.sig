{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/3gWMJHqsADIGWiZ0gqst0ImK4P0ubBaeUYrMgO9iu8HVYHXv4DOxn/epFZW1DWjKPBkXJix/QpHdceyydGaAQ=="}
