{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "9a1aZP/c/LG+zhTfXErk7XMw8o3Rt1Qr2e/kbGl6oXVwKERIsr8D+PjToDrD1Gg0QbHDjBxuxkys/Z7rQ7j1DQ=="}
