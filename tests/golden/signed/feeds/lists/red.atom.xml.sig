{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "0qVyVROg00GqRnKeUPuMy8TkXlkDoVMCwpvPzkfcwzXJtzIZ4upc3gVekoFZIWlRw8iMqSvJewp/JaGKAs+tBw=="}
