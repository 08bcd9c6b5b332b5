{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "oAH07WKQsSFTye+o7w/gNsuJe30c2eMUL4cT32ENyGwXjmbpMI49ouT4aiEa1wxjSUfvsTfjKuwzd8NU9GTgBQ=="}
