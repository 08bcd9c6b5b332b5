{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "hIJ4Sa6oxGAjaDadFJIAeuxh1wuzR8nn06vq5yEqnwBRa98SiDwVxdCs11241QUwW5XtlsZ86nf9n8JyAwZJDg=="}
