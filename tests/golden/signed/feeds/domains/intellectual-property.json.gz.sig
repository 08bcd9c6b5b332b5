{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Ute5mtZb4USf2ZL/BR9xU1pV9n4YgqDoECX9pl7Ot+vipnOZyu1ZTKoRIrLg3yamoi++SrbAj1BHkl6Y9bGLBg=="}
