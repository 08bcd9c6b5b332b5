{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "plBFHbw6GKtkl/l1UD9SrL3sCDY+TayKJyZORYu1J7sKs/v3N1EsLzN7Hq1w0Gvzy361Jdro/Wzwkphnegb3Aw=="}
