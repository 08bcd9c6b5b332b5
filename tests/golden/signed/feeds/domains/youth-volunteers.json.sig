{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TUjeitin1RdxEflMfaFyRAEs9/11qukPNtV6K3uZrseXVmfnT54DBGbO8YES8IYVgcpQ/GCyNAvBhgaE6byiDA=="}
