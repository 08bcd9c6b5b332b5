{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "/KXpoF+xvo2Xt0gSizesHz+u9QK3u+q4aZry2fHGYV/AU5L73jiBoorlAoVBqurPqqn9Ts4dtg37Zb+O/NZUAQ=="}
