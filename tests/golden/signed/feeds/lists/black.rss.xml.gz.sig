{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "jN0uxxTF+qNkoqb78wUh3nS3coQ//EJNL/4bTuhwFDCti9mz6vP1mDOxfAUMRjznu0HGfOWooza8vdHczd0NAg=="}
