{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "T40+A0Kq+H91pwrtPZ+eTBkg8w+3F3WlwZYXHefncP4ix18rAlhg2cShLt48pupwYoAWD8LjRm/ndzRO4C3GBg=="}
