{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "vlWRsZMI8xhGfYBy+6myod57bFk8eaDzWjkYdqnV98Bshx4iVXCAOV54ehaPoHW9eroE+Sc6v9GbzgOpTZ3mAA=="}
