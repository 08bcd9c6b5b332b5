{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wcSS4owvvQne/hV1dy0Zvg8oIzXFq1ch7n5JMhn4tWY9gAYxpIx433NXpFC05qOkbS8I5I9KlcEPnvTOeYUkCg=="}
