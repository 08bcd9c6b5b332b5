{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qqw1V6pF/UR5ta0V78rw+jGCzXnHcPr6qnGMtKy58FtfffXav5aNOZoepcZrCIVRZG4ODqosJPidrIicdiXlDw=="}
