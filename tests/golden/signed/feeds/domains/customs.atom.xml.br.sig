{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "qPIhGVy8liK+5P/on2fzogUf3vE6NpAcPAvbzMNdRB8Eyp/F4RqUtXXe7I3lwRHgMlu49xnVSUOhLhnGzDmtDg=="}
