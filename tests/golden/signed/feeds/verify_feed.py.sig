{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "wt2weLGz7bY4zvq52MexRZJ/WtLT+S81iFHKWyjRNH4xwivm3e/mwko4IylEBOZsarhtquexU7T7dwKmcdJ4Bg=="}
