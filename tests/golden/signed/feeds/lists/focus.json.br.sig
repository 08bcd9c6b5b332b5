{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aFc+0gCywkmAuKkDIx9qQ2Qzq21t1eKYCrLiIJNjc/dCelYFJ6TgTx5gYrUpvLfjdx5vWmHSnpP2z3zlYLqTBg=="}
