{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+plDlxtZ9QaobLTOxren9B4O6kqxrZq/QeW3nZORh7k/h71tBhkjB9/IBWXQNCk4PHd91MwaxeUrmTpkSyl9CQ=="}
