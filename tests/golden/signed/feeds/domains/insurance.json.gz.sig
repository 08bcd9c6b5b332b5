{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5n9cRJ7vtuk7OhSPhwcdk0r6Rn215zNJewb7Bw1jmjdgSf+R/2Vme45dFwxddrfmyWqXHyjOuBTbb/8Jx+VuAw=="}
