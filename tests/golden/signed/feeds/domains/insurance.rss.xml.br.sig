{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "RH5innN+YFtveA0M9RrEL2S3PhpHVdZKVE5mdfdSImhF3i0yfWpqIk/+tHGn/sTONpuE8zhLN1X6kiNAhMlWBA=="}
