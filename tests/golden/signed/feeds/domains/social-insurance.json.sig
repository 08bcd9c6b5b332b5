{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "r0OyNFwYnbYj+seM5dzA9IdaPyIQalQII0A2vh9C42prZ7eIzhvph2Hu9Nb9pHhpJK6Wf2xsq2iKkB2WIdI/Dw=="}
