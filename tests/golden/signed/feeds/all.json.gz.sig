{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "gCaU7FmuzpmAw99uOBv5ktqpR6qNfEFcPsDl4gRj/5lajCoHjf4L0HUWdMmUjXAdhpDiuOskvzcs9LAl3Y0wCg=="}
