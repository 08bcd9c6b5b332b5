{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+MRMEgVjwt3chQibLyeMpGk/PXTDU+3fpVMpn2KGWwcVvjYkP1imhMxQa0avgojZuD4VUV3oQKKqGhK4j5TcBg=="}
