{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jxadQgw7L2uj6YsoIx29DxzFGx49OCbT8TQw9Ho2dLmgHdOjxQrecuxctW9F1bOVULUrBbXcI3QL+wc/BTGfDA=="}
