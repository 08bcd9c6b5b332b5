{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "fa2ddyh04qh/P6iGqFZLwhSbDM6lheSg+gCt0a3Ds8ljy5FfVMPQAsQJjUK8RK6i6DYDdsG9rQH31A96esZ/Cg=="}
