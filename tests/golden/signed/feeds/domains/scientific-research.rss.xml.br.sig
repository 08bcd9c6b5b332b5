{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+u0ZlqkX4te7j5urJA5ZlHXX5jKonkued0y8wPGiyUc/KxFemlfLpHXNOPIYYz2z/pFrmgGWF+MFO0YO79uRDQ=="}
