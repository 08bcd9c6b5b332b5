{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "x/gSOQliW+quUlZ+sc10/PzdJRw8l+KdeKkTsBzuaBohWRKaNCMmiqnscvAV5LN518njPEul4JIKKTEPPOV1DA=="}
