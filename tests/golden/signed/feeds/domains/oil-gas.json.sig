{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jJfW/JeK4Tb1FavRemhrDuYxKyPk0Wi569r+dI/AEN0lxJ9AB1Amp9hbeNT3vrtFXzfPe1brJrPQAf+AiDVsBA=="}
