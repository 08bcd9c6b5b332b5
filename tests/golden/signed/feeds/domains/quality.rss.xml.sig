{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "nmWEzZOKpzhdb0tP/aV7oPyzcDtDTrSYU/Qq3nX/PavNjY7xHu0UGvqAYepWGqrdu1g87ZICrJTaggCDo56dAg=="}
