{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "m5nKSpEdYKocVWv4geyaWA+gOKTU2ExIssRAbK+Edyd6n16/sgrDx3N7A/x0mqitAFXz4MmV9gjppk1mbavjCw=="}
