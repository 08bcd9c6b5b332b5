{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3gwlCzUbngvP/ocazvb8SvClI6UV6IRQCpRGpy+xKDh7UXVzaOFVQnGhCQMl0tgMa78muWPPrrJFaSq7jNiqBQ=="}
