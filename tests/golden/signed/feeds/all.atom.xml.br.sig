{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3xy5Itw8nP5qishG0p6YbCfFI7QFIsK5gq1rwnwvmrypTg7dmfLjAOUmu9Drl37utAgTnjV3TYtJUHF4M0knBw=="}
