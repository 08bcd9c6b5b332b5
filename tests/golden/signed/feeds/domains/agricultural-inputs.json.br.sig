{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xRBcn7ajLl/mSYgYX6rQ4Txl+6OtlleGHXt3cEfyfVBI77j6VwgJgz+uVSp3v9+B+LJbSPfZdroFfyFmIGx/Ag=="}
