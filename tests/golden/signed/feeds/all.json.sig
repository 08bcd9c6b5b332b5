{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "F2NUopGg6nPNLLSGpPT9StqZqMGq/XePxvC0+o2YIcwhRunNauxGVOWPVmvV+7fqThNZsxfGsFq64ncl/4BgCQ=="}
