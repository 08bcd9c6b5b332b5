{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "dribP6gQoaeQWGwdYFQIlm0vpGTtJ5CAKYYyb+DYqfan5RGQGrU0OBFdKvelx1NY1YS8EWfowOwNC0mnaWZwDg=="}
