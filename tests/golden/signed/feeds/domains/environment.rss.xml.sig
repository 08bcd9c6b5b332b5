{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BeowDKkVAVVaT98d+DE1Vpi8g9j59F0suMWw/Q4K4nqQl5xXekM8Tc/xjdlY04wqDVFJzPyS6QefurghNchEBw=="}
