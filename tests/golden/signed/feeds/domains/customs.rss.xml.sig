{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "1ixd+UXNv5C56h4rzLnW6ve3pSprDuk773gcyOhT+e4w5Q8gvMSwczdJeN+fnk3EFXmk8gQbUQlelP1+dWLGBQ=="}
