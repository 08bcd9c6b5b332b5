{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dau7Ae55ePKbqUBg3phraV6qjK/6TPTSk9XWAZfH7TJmXAysnPUHA60o5bfQ0T4BtOQnKoq6bn6tp/bk+toPAQ=="}
