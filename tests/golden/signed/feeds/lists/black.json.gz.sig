{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "LZE5RhXjL5hAEe14q5X2dT6o1vEG/WsgrN/OOxWrRiwNVikJL8eXwbA2W+eXh1mJvG/jbL4ZIH//CrotyKshAQ=="}
