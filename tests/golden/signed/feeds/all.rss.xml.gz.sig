{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "yAOzmcS7rh4fOPR4/1UbetmMQk8LecHu570GvG67EVG/rshMnHvR6T85tVTZKjeCNyDV/XHjnrdwycs9of2NDg=="}
