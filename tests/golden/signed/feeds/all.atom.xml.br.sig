{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "z/2WRg6dy/T+ustBtc7i1/Lw7QFSqJgI+Af3YxgbIMcbM9vgg4HW0FIWXZlaigVhb1SLHrBuGVjWOuwgsyLqAA=="}
