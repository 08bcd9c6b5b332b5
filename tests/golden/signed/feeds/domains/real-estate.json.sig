{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mtVLROC8l7SgDPT6ymnTQ2Vbq121ulzzdoMqqdncZY5fhHUdgk1AE/Jpo2KehoUEbSEY644lV86c+j36C6GZCg=="}
