{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UMx3W9HF1pl3Wihxi7gWJtHVkxnuwtG1eRK+icTLL2bT7x+UmCSwQktqjbmRowsDAYHXhIbOGIPoSw4xEVaADA=="}
