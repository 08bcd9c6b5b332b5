{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Zlp5zLYUbPCM95CqVSdUaUbxv/n9SHCg+kbZdpGkPtXXelXIsFFyr4lXdDxlwc1avd12lOPkENw26j4bc+jADg=="}
