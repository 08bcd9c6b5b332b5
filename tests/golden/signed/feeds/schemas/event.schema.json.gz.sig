{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "y+qAfWI0c46PZrYkHPYr+pHWezvbQS6M/Jtzgixav76GffwECpx8str5mHMsdGRcbrvPRb9Wg6kven6bMM5uAw=="}
