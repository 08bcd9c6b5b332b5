{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xdn+1Tqjb2x/fWQD11hDXyWBkyBxCBxuDCTzIPQ5NcX5ti8wftfji6QB2SzpmiY4EM0uXe2+HDyov22l+9vMDA=="}
