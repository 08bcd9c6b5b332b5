{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "IeeU0vWbvzoARJDdv4xfqLtrCaX7OMnli0yrWS6GcBCAmX0mlEjuVrc48fr+zxwVw+32cDPl3GGJCiQCq0/+Ag=="}
