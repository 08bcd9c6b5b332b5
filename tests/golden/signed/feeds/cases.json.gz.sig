{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UnYg0otEh5PFkiHWuroJUS9wEjUjVAbq1qLhefhH20I0V7atDke/KLT0uYFIYdeaZn+/f3OX7HtscIWLDbTEDw=="}
