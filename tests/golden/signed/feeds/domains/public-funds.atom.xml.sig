{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "GxcSdUUUdSKCU1zzceQ1ouhhfx4wyw0llc+cX5Cial70vjtiM3K5p6Q931aMC1QiUHJL3PFnyZHLh/W+pBqQDA=="}
