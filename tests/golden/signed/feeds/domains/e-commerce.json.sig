{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "k+lQAdW2P1Mcna+p7lUF4Mt8gX5U3lRXERuWQ2YfTx8nykUcvjI7BtyLw0DeHkhNrmp0S1Lj9nTr3D7hL9szBQ=="}
