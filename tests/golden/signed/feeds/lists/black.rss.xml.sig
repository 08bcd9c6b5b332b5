{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "ycHdGU44bmm5H+d3+gvgtKX9iJ6TEQcwK3DxGoYFMGub6lb/4sxuVJ999nhdCdiTKEiEf3pmkNV0g4FWadO3Aw=="}
