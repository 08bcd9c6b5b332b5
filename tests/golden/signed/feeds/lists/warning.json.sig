{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "NajDB2sIU6ukA4HJErlvdW6Dnpr4O34F50B3a4BoBiMVrgGuoVhogkOczxbVgd89yqQ+QwSY7XrLcz3lkrJNCQ=="}
