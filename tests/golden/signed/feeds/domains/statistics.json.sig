{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/pgLbHqvCDJ469BAbnFHwmOoffc6u3Ph5p7Z+Xuab2mAsDSs7FAwP1Hxj5KDcoidcHKt+1c0SRZvalC69VigBw=="}
