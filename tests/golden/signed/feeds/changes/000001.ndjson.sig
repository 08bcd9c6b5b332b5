{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "3gMVpflKSv1vldqTuZj9ZrpNqwMZqwnTKzF3ZsQLz0blGraFY7XyhCThH5Uv2pr4Mip+uGrnqAVA6mtKp/GaBg=="}
