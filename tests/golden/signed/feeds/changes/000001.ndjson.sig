{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "kBxBGEhXng8LahED2V5ofeZMyDyFY9aPVRcnrp6dOvvz4H1PT5/HWoupbiNJp1cDjuNlVmEJjepwGnIw9JOHDg=="}
