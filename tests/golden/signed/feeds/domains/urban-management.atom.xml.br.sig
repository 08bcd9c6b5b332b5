{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "LrGHp9/yQLbh+PTfKoRpSnedstx4ZJV6+2ASvdV2cc+C75A6KqTiUNRuOVdwvpOTyoWPSWSgIqyG4JY74wi7Cw=="}
