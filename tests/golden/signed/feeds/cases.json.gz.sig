{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9MNvH0hjgmeL1D8ak4Lx0AXzLFifHFhsxe1eK68R/LUb0uxRxu+Cn+kOXYaIwHh6p6PtaH7fCfCX5vZiYBKoBw=="}
