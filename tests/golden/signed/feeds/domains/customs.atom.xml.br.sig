{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "SPTepp6ggyjC+h2gePQFgtL2Aw3Hpb7d/tHFEyzbj5+AntmvBrmQ1DDeqG+6JPM/Y/b5cWuow/jOszjpU3IqCA=="}
