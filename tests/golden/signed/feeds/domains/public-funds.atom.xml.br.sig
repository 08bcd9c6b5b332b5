{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "p2C4GnkvC9l5Kc00FGVn6patOad2ig3H+VfyIiQlBfQo9zQJCSk/RIuwwxBCc/s+gXyj1Mh6iRFIaUtYFgUXBA=="}
