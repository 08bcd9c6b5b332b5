{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "L5b/ux1ZcSSXr/DMwWsGZgi366DtyYdBifufYEq0KX2vTPzmydlid+PEC1lOQO8xfdiJSm2gpAhX8jtnKBQHAQ=="}
