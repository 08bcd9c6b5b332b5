{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "FagwD+jvy/Da06QeA8zeG8JBCJE1rtrMwn/yLmtiSgmog5pV1wuRaYSBJp8D/Hs0zXpFLHmiE88tFnxDVO+ADQ=="}
