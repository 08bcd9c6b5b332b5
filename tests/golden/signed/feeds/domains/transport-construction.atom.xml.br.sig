{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "6L8bwJrSluUg3KFRcJrph8JV9vP56BIByK/m9aLpYJeE29/LA/rwYwGOeGJ3bz3OhyLbqqpP733Vi77xidvRAg=="}
