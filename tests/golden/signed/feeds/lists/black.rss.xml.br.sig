{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "d2eOK4iWVpEuBvtNUSvaZN8n24dcd0ZZGslst23OPiAJUI86ZmXiM3riozLaiSzVK6RN3LkXfsLkVySwlPkyDw=="}
