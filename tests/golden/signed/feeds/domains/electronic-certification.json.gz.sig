{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BCecmwiLFsjfykcNUe/m0qVrfEspiJ3WD257XsGJVqs8/rknk+lITbzX40N44aoJPoDKIT/0lforeG0p0OzSBw=="}
