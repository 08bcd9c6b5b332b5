{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "YwRl8QkERzn5YdE+08FKPjPEfw/yssDnfFEMw1nBIiBtoXVmSaodtsG1XSepnUoUqlXRCUaL5/ystqBc0NI4CA=="}
