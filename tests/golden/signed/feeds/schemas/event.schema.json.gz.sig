{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "kaahJor2Xeoa3JPOFvxus+i9kDoZXBTr1H8Ru2pUMWc7JMNxx3KvfeKba9M+U98LueYDx7g9jH/4lz3qEJgOCw=="}
