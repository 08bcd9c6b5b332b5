{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "iIXli1ACXYP/FZZGsdkIuYk5J18lwWy1K0CnasGtUvl+Rf/xe4Cp+ORtxDJQugcL3dV3J5quN48D/JCcgCNRDw=="}
