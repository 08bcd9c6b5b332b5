{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "taPr+0nVq4E3aLjBl86sFnze8KF38mkvmKf/oeFNUsb3lBgjKnpPo8jL0KV0XeEEQpAsxXGwu+xvmsbNQ47gCg=="}
