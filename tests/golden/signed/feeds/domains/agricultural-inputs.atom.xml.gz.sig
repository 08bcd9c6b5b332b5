{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8xRGKa3R+sluAJMGukO+pMjOlt/fR6H/dk3vt3aPfBo8hgu4O5phUbXRCJKnntjumegVAbOu47j3+qWb58fnDw=="}
