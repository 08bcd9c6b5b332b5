{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dTa2CkMzngP24kLldwwqTi0WEDnMagmv7LkIX9+ewv8m+hnH5JsyEVthkH9OddeEF7ZrG1vRNfTwnu/ycH4qDw=="}
