{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "Iy94EsuL86bP3/GVrgkCmwoUrCbj5/dykFj3l42e0JSW8cPajROb3WEfBVgKfbJDfYjN5KpwoFeOhHpewwmbAw=="}
