{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "kPUx5UDX9gpJ/R2JBE+/eAD015zj26gwMMnBiWcn27Bv6DE9B+cEHEbrxLS0XBHz57ulmXYodxuWf8cloOcfAg=="}
