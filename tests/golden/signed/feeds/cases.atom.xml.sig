{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "InSjJDejA2dg6iGuPeks6p+MBJ0mrjeh1RxQxqwXaNqJ+mSPW5mKT4FyM5L+d8Dcah3OU50WtAW9WBHa+HvUCA=="}
