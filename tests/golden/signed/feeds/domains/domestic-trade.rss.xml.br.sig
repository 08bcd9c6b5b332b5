{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vDp+vVoMVp0kNcskYQ2kULxGADlp+ByIF3qYHGycxo085Oy2EVFkfoUkSZzv3KkJlr3jz+LW4pjdIc9OwTwVCA=="}
