{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "cKkAl72LNZUnhKpicKHwy/ZIsd0F+5biqHkp2sAKOVg9NaF70VEkP+cuDIH3zOIGj++1Q1e4OyyizMcEGBx/DA=="}
