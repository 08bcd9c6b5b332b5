{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "VLnNWQKwupc1k/TJOXYqcLD6B3q4dMZi5gg6cw7qtdXk6rlMN4bLYAtvijqsNKzogEPSV9H1PWDOxjZcCTwQDw=="}
