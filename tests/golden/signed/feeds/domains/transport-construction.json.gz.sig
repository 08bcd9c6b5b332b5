{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "KhlK1jxOi6D/Co4hGBCqk6pTioQ96ceAUe0H07ZX0TmcG1UN6rx5bHzPsqvcssNoDPRUM8tykm1WJGrCtGgYCg=="}
