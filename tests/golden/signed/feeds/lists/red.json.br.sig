{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "G/dnFithv6oqrNZjMwEyFW67t9mHacQJ2zv2bTte0WlbjQGDPMMmt4ZiWrMdaESsV7B017SIMbsjL/9DQ2wcBQ=="}
