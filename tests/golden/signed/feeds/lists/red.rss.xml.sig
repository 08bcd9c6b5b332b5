{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "klA5uai3pQndGq7dI4VB8jikZpPie03gdzIfhsJFKLs62F4OQu6wxJjVzxWnA//Jyr6OTYp2ny5MFNPUz8aWBA=="}
