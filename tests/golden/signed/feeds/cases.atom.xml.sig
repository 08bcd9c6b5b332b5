{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "isHmvgmsKR5WXhzq6J5jxincR9/nXqzEDQD7hhG6dHQ8j8UKOzH66FOMjE/eb96rHHinhNyTmXLKTTtCEqJoDg=="}
