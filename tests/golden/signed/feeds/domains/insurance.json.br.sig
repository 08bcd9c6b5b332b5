{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "W9GepQBI8w8Ec1wSjlQlYg5swR0HbW+UZKtP2Yq5wSjQDU+hBnSAF2b/bDnuPVfucoMDWtmErbASs0OrnK3TDg=="}
