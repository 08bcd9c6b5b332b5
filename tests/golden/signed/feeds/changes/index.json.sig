{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EutwOL46ppM2cePnrgFcjpJ4Mo5wDe15EIyI8cTBhUXQsDbgHMAXErzdbtIzTkX9/cNGFskuOoAEO8bDjP/vAQ=="}
