{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "K9sCcSKEWiWUdZUZjnsxXMgaFhJoCfZdw4d5QVKF7weldZWBPoD9j1zKpnZOqnvKBZj/rFk0GrwqoSlri9/ACg=="}
