{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "QynutrnQqIy0PuRB9WSadqY+8NxbgppHQ+kwoDqElI+5yHV5rWpUsfLtnIy/stDH59ny+Wl9pPHfdwydz4ZtBA=="}
