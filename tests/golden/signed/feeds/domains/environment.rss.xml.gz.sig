{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "nN5pWaWAuPsxSC316Pyjst1mVr7gDyAqsZqmrmBIwG0LduGI8gV0br9D+ErbOKtgsg8n4b/2dy7Myx4x7HMNDw=="}
