{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3B4lO0kP/kTeYP88aelSnEG9Fn/Dneprqfiw/4ird21ULRuk4Ji4nPGX2kiG9GhVSHjRRrBJcy43+mBqjTiVAQ=="}
