{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "USWRpcwyRZXUWbfZaABx3UKo7F6gNt/FIDm1tD9zvnE+UrB32PpKxl9umiJl4oYI0+ffWJ8GewZaPEqs7xnYBg=="}
