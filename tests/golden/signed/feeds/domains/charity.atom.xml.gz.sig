{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7AWnwfK6FKa3FPMvhsCuXbyUiytBQJnaG6uLrnozP21YhXj/njU/iKFcdcGBPx6yKyqZq0dptWGsY2t4s+1dCw=="}
