{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "x8f6MbT9UWYQ1C+R5XDdX1yz8li0u6cSV9D7jqyS4zzznaZfH6Jt1uJ8kDod1Lt9ggxQ3Y/eatH/ss1UNwpVDA=="}
