{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "pzZ1FgxCrQcCbIlohh4FsLNl3yzul1ZxcJ32bCbKr++tc3CKNoHCYy3svOdWwTfYz2W3iSlBDruQ00m8Xk8vBA=="}
