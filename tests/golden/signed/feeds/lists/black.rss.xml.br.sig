{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "yWlTJWkuX8pZVRhz2lBuZrPSzHc2ROb9SLUFZjFz+HinrdAeqFqJ7rop+g6PGM+al+cp3y/+/Prj47FbZNtyCg=="}
