{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Ud8EN2nl6jbk8SBH/a0qIx+lFTRdjm3pYGsZo8pV60hkJtjQn7e9DtObP4TYGwhdiOqFowP2BpY9bP5mVJ6BBw=="}
