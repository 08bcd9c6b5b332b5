{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3+xB/Xm7mVnkCa/woC4z32GBs5FGAxNkWZHuoyBgpYqXSuUZ2mPB9q4RAtcMEpvB8muyfWbKbuj1nkoUJ520BQ=="}
