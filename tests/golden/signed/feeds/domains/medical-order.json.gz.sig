{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "+8Sd45EcQA3OaprSDQ+4ulkskN1vwqYjWP+yhD1uzFufHYK6x9F8rNrOeEPQfglvytLfdBv3ku+T04E/FnCICg=="}
