{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "xu9ZWwpyIvx5DxxbQWoTxokrDu13rkBGqfRmS92GaJ70CUZox+GBFNRVJa+GbISTo8uEqhCaQVH0cRwKRcBPAg=="}
