{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "pF4t90wetpZ/Vkv9jsdrqAwSX7ZMAXMSfyh7QFjQYAJ1Er7/jo4+x/OGlfl/UpxnF2ck5V2yM0yK+ixArnhZCA=="}
