{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Wo8gQm9t5l2ETDCm1V70mvwsrHMZP+5VtFUvaPut7MIrikZ+eFDC5KwZ8k74RiXsVceKgiGicWlFhWyjqEVwAA=="}
