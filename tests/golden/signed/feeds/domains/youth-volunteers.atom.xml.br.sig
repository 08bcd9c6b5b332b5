{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "u7rre26CYs+4lw/15fT6hXBS7Vk5eurKnztQ00MPiIM2hTNJgSqHSJckD8XZX4yJa4MboXHj72xslSblv7oGDg=="}
