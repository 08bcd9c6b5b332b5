{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "pkiQg7o7SnQtk73vtbppBxgB2taQ9g7U6Nqcmyhln7myqWs3vVNJTN4y4LyadE8cdZ3M8PIJVCDuD7RuxqCWAw=="}
