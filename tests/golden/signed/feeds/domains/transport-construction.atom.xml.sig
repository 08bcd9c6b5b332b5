{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ZbqAp/z/06tpyixEuZmD/CR62H2MyzabR6VsH8XHftx/gl0z2gmfxziuQyvYTYUxCpnwe8tdgCxmVeN3T4ReAA=="}
