{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qEMMhJces3Bk6p8YzZr0/TZiAqmMC8VLo/Aj8nZQ4uabQ1rqOkcZH0jIUlRg51LFUZYeTYarQdFzjuBisY3qAQ=="}
