{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uFnCOXB9bwNokQWFGFPw4mlK/ckbAL7YXmiQyXhg/umnCxwCF/plamhXD+Fna5SCZT/i9S4OmMgexI/FuXBKDg=="}
