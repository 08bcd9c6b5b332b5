{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "4fuVWjSqa+D7fOl1Y/Vk5ktLoeTet8zRulto8RQXAsexafjKKTX1clm3MJTjsF173N2kgbumnKryUKOhUld8CA=="}
