{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "STrOAOgESM5LcJLsWziSisSPoJhcGzi7wcbgXDRl7YZWwZwXXi2SO3s3QqmmWNPTwjXIL0t8kksph5q5CiPlCw=="}
