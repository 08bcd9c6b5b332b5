{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "c9wTlGjYMb0lFzODl8Qws1jyWRuGjhALhLy+I9/BNVs12iRDz9Si4FdcoQsEqksEmUkpgepmitzL8n9/4+EUCw=="}
