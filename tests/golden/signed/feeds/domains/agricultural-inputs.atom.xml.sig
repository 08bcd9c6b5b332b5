{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TyCV6v3MtRgRwyNIhEwHQrCQiZAwYblrObG/jTEY+B/pO9tw8yTBxt5mgpqfG5U6qgv+G42ifR5e1yvm+T1+BA=="}
