{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "iyTZVmO3kElKoC2fjJpBIoHL2vKXxo4PdhsbqyliPFyAjW9l0ZDR49GbtD2Wocy5V5PBXK+gIRjtbkGf6nSTDw=="}
