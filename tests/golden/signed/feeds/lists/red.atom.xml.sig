{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "c6xUuq2pebCVcvz3qNqKSryo8tgps4hlVVKtUBQ0u9o+o+B2TylI7KAfMdgmJjYVFDq5RVaUXpMWC6oYNtIKAA=="}
