{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "zFTis6lZ15xG8LkZk/43wgcngm7Y66q/jordh6eumriRih3ON5aNRcG53IXC7UD4yDAl03yCT4FMBcWa6MfgBg=="}
