{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fLMMgDEkdstfdOFSdMHD2IfW+EuKWS7/juGQ/m2jK9+Z2WEGcOQWsWddv5zL/dPp9b8KtJqHvjuHN46ewaRFBQ=="}
