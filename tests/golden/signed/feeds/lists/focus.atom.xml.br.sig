{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "uKNiNkyu0LAu+kkeB7Rr1ssgdtXP72DmtXKDj0DRhi8zcQOGUk3L3rMuvQNaGA4MZWcuTFxJaZs0FXA/lrVsAg=="}
