{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "aotFV5Az8cslY1xdoY9Y0ZIuKtwwj6c8wnKGgtC1uZiKpkBnjEb2MDcyAYdIfejpJSjP2VPPRpPHU6yrOnG/BQ=="}
