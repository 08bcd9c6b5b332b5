{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "7SWW9mVunzTKIfQ1gbRr1T8yXjC68sFNVYkMM+iaznNiX/8NDPFhtcNJArOxTga6jpJQSIk30t+iqLlbSeX/BA=="}
