{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zvRYNsJ2X06wpnysTSnjjZXFv9FiUrIXmGRGc5gsWCazc0Wq+a0G8txRGJt6HOkD+2cr9P5sfcRdK7gB/2WmDA=="}
