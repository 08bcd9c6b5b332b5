{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "nRi+EX662ywqL4/qY8W/Ufon5wRdEgbiMquydBOMVtnVwtzQ9c8mdj/D6SP4cL4OoGUs68Y9OTgAPpBGl63UBg=="}
