{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5/XAm2199A5uAcysu2p/zxq3d54iQPx91d4PferB69/oqMUNrae6Pw2JmLA1xaMh4P88WAQ+Soe/+W/XgpmNBQ=="}
