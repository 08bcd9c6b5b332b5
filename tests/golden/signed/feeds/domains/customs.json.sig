{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Hp+2ZUMNe02yTbPkgpC0RTbJZeK7YpVLBiGivlCk+bi7jmP1XjEx56yQvCS1IVtylClQ3xBNzXIccdx4Sa+SBw=="}
