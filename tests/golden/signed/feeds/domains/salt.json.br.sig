{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "srKI0RvWb+/wBxVugY6iejmm5Fk/f3+NMHii1HOe2+CQjepuHXBx/AVQ+FGZVUxqggRd+39aWDbGnAG/zVZ0Bw=="}
