{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BW9hBgtUEJ5Q0lLAJ0j1F7p++iHOc4ZtphxtYvPap0NATpMUL9Irv+vymlVxsWVgq+vKcgRRiOOwiFPuQc20Ag=="}
