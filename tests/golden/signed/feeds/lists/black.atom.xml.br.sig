{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "UbWu4YohHa699FvhKTaC7dZDvAGJIjsAnzf//FWiE2EibRfK1QS1KBuUMWVHm83+YpayreyWYqhEyNy52CpcDw=="}
