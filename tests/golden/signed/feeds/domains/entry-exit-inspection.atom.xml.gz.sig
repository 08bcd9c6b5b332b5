{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "EF0uUcDO9BT3cfkifKcefZ9dmJnGZ7EA0+klQKKojuWl60bvrqK70/oG1KeV9yOsrKEzFEW6ifx2mu3Qo/yAAw=="}
