{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "LcEqx0JtDu2VnqNM9NdpErq7dJhwT9nlrulFP99kMOvvYYUbREc+G9MPF7flBs0pEHCe9qc0T+jLFQhzK4pXBQ=="}
