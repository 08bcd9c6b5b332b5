{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "P0mllqkiQtwvs8cDfYKDraE+BQo8wAap4meY9QWj7KO08l/W7I1741D7piproyVwlIiC9k2/WG1JPns49UsJAw=="}
